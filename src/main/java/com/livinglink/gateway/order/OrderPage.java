package com.livinglink.gateway.order;

import java.util.List;

/**
 * One page of a device's orders (contract 11.6), as read at one instant.
 *
 * @param pageNo the page, 0-based
 * @param pageSize the largest number of orders a page holds
 * @param total how many orders all pages hold
 */
public record OrderPage(int pageNo, int pageSize, long total, List<OrderDetails> orders) {

    /** {@code ceil(total / pageSize)}, 0 when there are none. */
    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }
}
