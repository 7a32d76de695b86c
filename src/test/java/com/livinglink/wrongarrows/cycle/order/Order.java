package com.livinglink.wrongarrows.cycle.order;

import com.livinglink.wrongarrows.cycle.device.Device;

/** One half of the cycle: an order knows its device. */
public class Order {

    Device device;
}
