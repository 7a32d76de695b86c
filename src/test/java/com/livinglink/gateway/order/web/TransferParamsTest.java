package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;

/** The params of transfer (contract 11.9), bound as the gateway does. */
class TransferParamsTest {

    static final ParamsBinding<TransferParams> TRANSFER = ParamsBinding.of(TransferParams.class, "srcIotId", "dev-a",
            "srcOrderId", "ord-1", "dstIotId", "dev-b");

    @Test
    void bothDevicesAndTheOrderAreRequired() {
        assertThat(TRANSFER.without("srcIotId", "srcOrderId", "dstIotId").violations()).containsExactly(
                "srcIotId is required", "srcOrderId is required", "dstIotId is required");
    }

    @Test
    void theSameDeviceOnBothSidesIsRejectedNamingDstIotId() {
        assertThat(TRANSFER.with("dstIotId", "dev-a").violations()).containsExactly("dstIotId must not be srcIotId");
    }

    @Test
    void recordingSettingsHaveTheirRangesAndMaxRecordFileDurationIsNoParamOfATransfer() {
        assertThat(TRANSFER.with("preRecordDuration", 6).with("maxRecordFileDuration", 1).violations())
                .containsExactly("preRecordDuration must be between 0 and 5");
    }

    @Test
    void userFieldsAreAtMost128CharactersAndNullWhenNotSent() {
        assertThat(TRANSFER.with("userName", "n".repeat(129)).violations())
                .containsExactly("userName must be at most 128 characters");
        var transfer = TRANSFER.bound().toTransfer();
        assertThat(transfer.userName()).isNull();
        assertThat(transfer.userId()).isNull();
    }

    @Test
    void absentSwitchesAndSettingsTakeThePlatformsDefaults() {
        var transfer = TRANSFER.bound().toTransfer();

        assertThat(transfer.immediateUse()).isFalse();
        assertThat(transfer.crossIdentityAllowed()).isFalse();
        assertThat(transfer.enableDefaultPlan()).isFalse();
        assertThat(transfer.preRecordDuration()).isEqualTo(5);
        assertThat(transfer.recordDuration()).isEqualTo(10);
        assertThat(transfer.eventRecordProlong()).isFalse();
    }

    @Test
    void theTransferAsksForWhatTheParamsSay() {
        var transfer = TRANSFER.with("immediateUse", "true").with("supportCrossIdentityTransfer", true)
                .with("enableDefaultPlan", "true").with("preRecordDuration", 2).with("recordDuration", "20")
                .with("eventRecordProlong", true).with("userName", "new-name").with("userId", "").bound().toTransfer();

        assertThat(transfer.source()).isEqualTo(new IotId("dev-a"));
        assertThat(transfer.orderId()).isEqualTo(new OrderId("ord-1"));
        assertThat(transfer.destination()).isEqualTo(new IotId("dev-b"));
        assertThat(transfer.immediateUse()).isTrue();
        assertThat(transfer.crossIdentityAllowed()).isTrue();
        assertThat(transfer.enableDefaultPlan()).isTrue();
        assertThat(transfer.preRecordDuration()).isEqualTo(2);
        assertThat(transfer.recordDuration()).isEqualTo(20);
        assertThat(transfer.eventRecordProlong()).isTrue();
        assertThat(transfer.userName()).isEqualTo("new-name");
        assertThat(transfer.userId()).isEmpty();
    }
}
