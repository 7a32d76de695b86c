package com.livinglink.wrongarrows.cycle.device;

import com.livinglink.wrongarrows.cycle.order.Order;

/** The wrong arrow, closing the cycle: a device knows its orders. */
public class Device {

    Order latest;
}
