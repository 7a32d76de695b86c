package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.RecordingSettings;

/** What {@code freecloudstorage/consume} asks for, read and checked from the envelope. */
public record FreeClaimRequest(IotId iotId, int quota, boolean immediateUse, RecordingSettings settings) {
}
