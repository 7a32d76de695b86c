package com.livinglink.gateway.order;

/**
 * One entry of an import as the operator sent it: an order, or, when the entry could not be read as one (a
 * field of the wrong type, a key no order has), its orderId if it has one and what is wrong with it.
 */
public record ImportEntry(ImportedOrder order, String orderId, String problem) {

    public static ImportEntry of(ImportedOrder order) {
        return order == null ? unreadable(null, "entry must be an object") : new ImportEntry(order, order.orderId(),
                null);
    }

    public static ImportEntry unreadable(String orderId, String problem) {
        return new ImportEntry(null, orderId, problem);
    }
}
