package com.livinglink.gateway.order;

import com.livinglink.gateway.device.IotId;

/** What {@code bind/order} asks for, read and checked from the envelope. */
public record BindOrder(IotId iotId, OrderId orderId, Purchaser purchaser, RecordingSettings settings) {
}
