package com.livinglink.gateway.order;

import com.livinglink.gateway.device.IotId;

/** A purchase of {@code copies} of a catalog plan for a device (contract 11.5), its params checked. */
public record BuyCommodity(IotId iotId, String commodityCode, String specification, int copies, Purchaser purchaser,
        RecordingSettings settings, boolean immediateUse, boolean deviceNoOwner) {
}
