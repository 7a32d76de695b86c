package com.livinglink.wrongarrows.reachinginside.order.web;

import com.livinglink.wrongarrows.reachinginside.order.Order;

/** Internal to the order module: what its API answers. */
public record OrderData(Order order) {
}
