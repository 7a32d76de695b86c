package com.livinglink.gateway.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * An order as the operator API shows it ({@code GET /admin/orders/{orderId}}), with its binding.
 *
 * @param status 0 valid, 1 expired, 2 frozen, 3 not paid: what order/get answers, by the business clock
 * @param paymentStatus 0 unpaid, 1 paid, 2 paying
 * @param iotId the device it is bound to; null while unbound
 * @param startTime the start of its service period; null while unbound
 * @param endTime the end of its service period; null while unbound
 * @param preConsume the seconds of service consumed, as order/get answers it
 * @param recordingSettings the recording settings of its binding, as the operator API writes them
 */
public record OrderView(String orderId, String commodityCode, String specification, int recordType, int copies,
        String price, String outOrderNo, int paymentStatus, int orderType, boolean frozen, Instant frozenAt,
        int status, String iotId, String identityId, String userName, String userId, Instant startTime,
        Instant endTime, long preConsume, Map<String, Object> recordingSettings) {

    static OrderView from(Object json) {
        var order = Json.object(json);
        return new OrderView(Json.text(order, "orderId"), Json.text(order, "commodityCode"),
                Json.text(order, "specification"), (int) Json.number(order, "recordType"),
                (int) Json.number(order, "copies"), Json.text(order, "price"), Json.text(order, "outOrderNo"),
                (int) Json.number(order, "paymentStatus"), (int) Json.number(order, "orderType"),
                Json.bool(order, "frozen"), Json.instant(order, "frozenAt"), (int) Json.number(order, "status"),
                Json.text(order, "iotId"), Json.text(order, "identityId"), Json.text(order, "userName"),
                Json.text(order, "userId"), Json.instant(order, "startTime"), Json.instant(order, "endTime"),
                Json.number(order, "preConsume"), Json.object(order.get("recordingSettings")));
    }
}
