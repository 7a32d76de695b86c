package com.livinglink.gateway.order;

import java.time.Instant;
import java.util.Optional;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;

/**
 * An order as read at one instant: its stored facts plus the status and consumption derived from the
 * clock. The binding fields are empty (or {@code null}) while the order is unbound.
 */
public record OrderDetails(
        OrderId orderId,
        String commodityCode,
        String specification,
        int recordType,
        int copies,
        String price,
        String outOrderNo,
        PaymentStatus paymentStatus,
        OrderType orderType,
        boolean frozen,
        Instant frozenAt,
        OrderStatus status,
        Optional<IotId> iotId,
        Optional<IdentityId> identityId,
        String userName,
        String userId,
        Instant startTime,
        Instant endTime,
        long preConsumedSeconds,
        RecordingSettings recordingSettings) {
}
