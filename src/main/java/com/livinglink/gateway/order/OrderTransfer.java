package com.livinglink.gateway.order;

import com.livinglink.gateway.device.IotId;

/**
 * A transfer request (contract 11.9): the order on {@code source} moves to {@code destination}. It carries
 * no {@code maxRecordFileDuration}: the order keeps its own. {@code userName}/{@code userId} are null where
 * the request leaves them out, and then stay as they are.
 */
public record OrderTransfer(IotId source, OrderId orderId, IotId destination, boolean immediateUse,
        boolean crossIdentityAllowed, boolean enableDefaultPlan, int preRecordDuration, int recordDuration,
        boolean eventRecordProlong, String userName, String userId) {

    /** The request's recording settings, with the longest file length the order had. */
    RecordingSettings settingsKeeping(int maxRecordFileDuration) {
        return new RecordingSettings(enableDefaultPlan, preRecordDuration, recordDuration, eventRecordProlong,
                maxRecordFileDuration);
    }
}
