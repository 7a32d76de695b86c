package com.livinglink.gateway.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An order to import ({@code POST /admin/orders}). Null fields are left to the gateway: the price to the
 * commodity's list price, the order type to 0 (a paid order). {@code status} may only be 2, for an order
 * imported frozen.
 *
 * @param orderId the order's id
 * @param commodityCode the commodity, {@code ilopLVCloudResource} for the plans the demo catalog holds
 * @param specification the plan: {@code eventResource_7}, {@code eventResource_30}, {@code fullResource_7},
 *     {@code fullResource_30}
 * @param copies how many months-per-copy periods it buys (1 to 1000)
 * @param price the price paid, as the platform writes it ({@code "1.0"}); null: the list price
 * @param outOrderNo the merchant's order number; null: none
 * @param paymentStatus 0 unpaid, 1 paid, 2 paying
 * @param orderType 0 paid order, 1 free; null: 0
 * @param status 2 to import it frozen; null: not frozen
 */
public record NewOrder(String orderId, String commodityCode, String specification, int copies, String price,
        String outOrderNo, int paymentStatus, Integer orderType, Integer status) {

    /** A paid, unbound order of one copy of a plan of {@code ilopLVCloudResource}. */
    public static NewOrder paid(String orderId, String specification) {
        return new NewOrder(orderId, "ilopLVCloudResource", specification, 1, null, null, 1, null, null);
    }

    /** The same order of this many copies. */
    public NewOrder withCopies(int copies) {
        return new NewOrder(orderId, commodityCode, specification, copies, price, outOrderNo, paymentStatus,
                orderType, status);
    }

    /** The same order with this payment status (0 unpaid, 1 paid, 2 paying). */
    public NewOrder withPaymentStatus(int paymentStatus) {
        return new NewOrder(orderId, commodityCode, specification, copies, price, outOrderNo, paymentStatus,
                orderType, status);
    }

    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("orderId", orderId);
        json.put("commodityCode", commodityCode);
        json.put("specification", specification);
        json.put("copies", copies);
        json.put("paymentStatus", paymentStatus);
        putIfPresent(json, "price", price);
        putIfPresent(json, "outOrderNo", outOrderNo);
        putIfPresent(json, "orderType", orderType);
        putIfPresent(json, "status", status);
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
