package com.livinglink.gateway.order.web;

import java.time.ZoneId;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of status/set (contract 11.8): exactly these keys, in this order, null where unknown. */
@Schema(description = "The order after it was frozen, exactly these keys in this order.")
public record FrozenOrderData(
        @Schema(description = "The order's id.") String orderId,
        @Schema(description = "The package's code, e.g. ilopLVCloudResource.") String commodityCode,
        @Schema(description = "The package's specification, e.g. eventResource_7.") String specification,
        @Schema(description = "Quantity bought.") Integer copies,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String startTime,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String endTime,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String startTimeUTC,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String endTimeUTC,
        @Schema(description = "0 not expired (also for an unpaid order); 1 expired; 2 frozen.") Integer expired,
        @Schema(description = "0 unpaid; 1 paid; 2 paying.") Integer paymentStatus,
        @Schema(description = "Price as decimal text, e.g. \"1.0\".") String price,
        @Schema(description = "1 continuous; 2 event (the recordType).") Integer commodityType,
        @Schema(description = "The device the order is bound to.") String iotId,
        @Schema(description = "The identity the order is bound for.") String identityId,
        @Schema(description = "As order/get: 2 once frozen.") Integer status,
        @Schema(description = "Seconds of service used until the freeze.") Integer preConsume,
        @Schema(description = "The payment's order number.") String outOrderNo,
        @Schema(description = "0 paid order; 1 free order.") Integer orderType,
        @Schema(description = "As stored.") String userName,
        @Schema(description = "As stored.") String userId) {

    static FrozenOrderData from(OrderDetails order, ZoneId serviceZone) {
        return new FrozenOrderData(order.orderId().value(), order.commodityCode(), order.specification(),
                order.copies(), PlanTimes.local(order.startTime(), serviceZone),
                PlanTimes.local(order.endTime(), serviceZone), PlanTimes.utc(order.startTime()),
                PlanTimes.utc(order.endTime()), PlanTimes.expired(order), order.paymentStatus().code(), order.price(),
                order.recordType(), order.iotId().map(IotId::value).orElse(null),
                order.identityId().map(IdentityId::value).orElse(null), order.status().code(),
                (int) Math.min(order.preConsumedSeconds(), Integer.MAX_VALUE), order.outOrderNo(),
                order.orderType().code(), order.userName(), order.userId());
    }
}
