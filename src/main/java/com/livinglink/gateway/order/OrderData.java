package com.livinglink.gateway.order;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;

/** The {@code data} of {@code order/get}: exactly these keys, in this order, {@code null} where unknown. */
record OrderData(
        String iotId,
        String identityId,
        String commodityCode,
        String specification,
        Integer copies,
        String price,
        String userName,
        String userId,
        String orderId,
        String outOrderNo,
        Integer status,
        Integer paymentStatus,
        Integer recordType,
        Integer orderType,
        String startTime,
        String endTime,
        String startTimeUTC,
        String endTimeUTC,
        Integer preConsume) {

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
