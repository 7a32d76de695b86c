package com.livinglink.gateway.admin;

import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderDetails;
import com.livinglink.gateway.order.RecordingSettings;

/** An order with its binding and recording settings, as the operator API shows it. */
public record AdminOrderView(
        String orderId,
        String commodityCode,
        String specification,
        int recordType,
        int copies,
        String price,
        String outOrderNo,
        int paymentStatus,
        int orderType,
        boolean frozen,
        String frozenAt,
        int status,
        String iotId,
        String identityId,
        String userName,
        String userId,
        String startTime,
        String endTime,
        long preConsume,
        RecordingSettings recordingSettings) {

    public static AdminOrderView from(OrderDetails order) {
        return new AdminOrderView(order.orderId().value(), order.commodityCode(), order.specification(),
                order.recordType(), order.copies(), order.price(), order.outOrderNo(), order.paymentStatus().code(),
                order.orderType().code(), order.frozen(), iso(order.frozenAt()), order.status().code(),
                order.iotId().map(IotId::value).orElse(null), order.identityId().map(IdentityId::value).orElse(null),
                order.userName(), order.userId(), iso(order.startTime()), iso(order.endTime()),
                order.preConsumedSeconds(), order.recordingSettings());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
