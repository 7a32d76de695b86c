package com.livinglink.gateway.order.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of {@code order/get}: exactly these keys, in this order, {@code null} where unknown. */
@Schema(description = "The order, exactly these keys in this order, null where unknown (an unbound order has no "
        + "iotId, identityId, start or end).")
public record OrderData(
        @Schema(description = "The device the order is bound to.") String iotId,
        @Schema(description = "The device's administrator when the order was bound.") String identityId,
        @Schema(description = "The package's code, e.g. ilopLVCloudResource.") String commodityCode,
        @Schema(description = "The package's specification, e.g. eventResource_7.") String specification,
        @Schema(description = "Quantity bought; each copy is the commodity's months of service.") Integer copies,
        @Schema(description = "Price as decimal text, e.g. \"1.0\".") String price,
        @Schema(description = "As given at bind.") String userName,
        @Schema(description = "As given at bind.") String userId,
        @Schema(description = "The order's id.") String orderId,
        @Schema(description = "The payment's order number.") String outOrderNo,
        @Schema(description = "0 valid, in use; 1 expired; 2 frozen; 3 created, not paid.") Integer status,
        @Schema(description = "0 unpaid; 1 paid; 2 paying.") Integer paymentStatus,
        @Schema(description = "1 continuous; 2 event.") Integer recordType,
        @Schema(description = "0 paid order; 1 free order.") Integer orderType,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String startTime,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String endTime,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String startTimeUTC,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String endTimeUTC,
        @Schema(description = "Seconds of service already used: now − start, within 0 and end − start; 0 if "
                + "unbound.") Integer preConsume) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    static OrderData from(OrderDetails order, ZoneId serviceZone) {
        return new OrderData(order.iotId().map(IotId::value).orElse(null),
                order.identityId().map(IdentityId::value).orElse(null), order.commodityCode(),
                order.specification(), order.copies(), order.price(), order.userName(), order.userId(),
                order.orderId().value(), order.outOrderNo(), order.status().code(), order.paymentStatus().code(),
                order.recordType(), order.orderType().code(), format(order.startTime(), LOCAL.withZone(serviceZone)),
                format(order.endTime(), LOCAL.withZone(serviceZone)), format(order.startTime(), UTC),
                format(order.endTime(), UTC), (int) Math.min(order.preConsumedSeconds(), Integer.MAX_VALUE));
    }

    private static String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? null : formatter.format(instant);
    }
}
