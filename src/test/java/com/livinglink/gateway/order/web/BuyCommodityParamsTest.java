package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of commodity/buy (contract 11.5), bound as the gateway does. */
class BuyCommodityParamsTest {

    static final ParamsBinding<BuyCommodityParams> BUY = ParamsBinding.of(BuyCommodityParams.class, "iotId", "dev-1",
            "userName", "Li Lei", "commodityCode", "ilopLVCloudResource", "specification", "eventResource_7",
            "copies", 1);

    @Test
    void iotIdUserNamePlanAndCopiesAreRequired() {
        assertThat(ParamsBinding.of(BuyCommodityParams.class).violations()).containsExactly("iotId is required",
                "userName is required", "commodityCode is required", "specification is required",
                "copies is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100", "\"2\""})
    void copiesAreOneToOneHundredAsANumberOrDigits(String json) {
        assertThat(BUY.withJson("copies", json).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void copiesOutsideOneToOneHundredAreRejected(int copies) {
        assertThat(BUY.with("copies", copies).violations()).containsExactly("copies must be between 1 and 100");
    }

    @Test
    void recordingSettingsOutOfRangeAreReportedTogether() {
        var params = BUY.with("preRecordDuration", 6).with("recordDuration", 31).with("maxRecordFileDuration", 599)
                .with("immediateUse", "yes");

        assertThat(params.violations()).containsExactly("immediateUse must be a boolean",
                "preRecordDuration must be between 0 and 5", "recordDuration must be between 0 and 30",
                "maxRecordFileDuration must be between 600 and 3600");
    }

    @Test
    void userNameAndUserIdAreAtMost128Characters() {
        assertThat(BUY.with("userName", "n".repeat(129)).with("userId", "i".repeat(129)).violations())
                .containsExactly("userName must be at most 128 characters", "userId must be at most 128 characters");
        assertThat(BUY.with("userName", "n".repeat(128)).with("userId", "i".repeat(128)).violations()).isEmpty();
    }

    @Test
    void thePlanIsAtMost128CharactersOfText() {
        assertThat(BUY.with("commodityCode", "c".repeat(129)).with("specification", 7).violations())
                .containsExactly("commodityCode must be at most 128 characters", "specification must be a string");
    }

    @Test
    void absentOptionalParametersTakeThePlatformsDefaults() {
        var purchase = BUY.bound().toBuyCommodity();

        assertThat(purchase.settings()).isEqualTo(new RecordingSettings(false, 5, 10, false, 1800));
        assertThat(purchase.immediateUse()).isFalse();
        assertThat(purchase.deviceNoOwner()).isFalse();
        assertThat(purchase.purchaser()).isEqualTo(new Purchaser("Li Lei", null));
    }

    @Test
    void thePurchaseAsksForWhatTheParamsSay() {
        var purchase = BUY.with("copies", "3").with("userId", "user-42").with("immediateUse", "true")
                .with("deviceNoOwner", true).with("enableDefaultPlan", true).with("preRecordDuration", 2)
                .with("recordDuration", "25").with("eventRecordProlong", "true").with("maxRecordFileDuration", 600)
                .bound().toBuyCommodity();

        assertThat(purchase.iotId()).isEqualTo(new IotId("dev-1"));
        assertThat(purchase.commodityCode()).isEqualTo("ilopLVCloudResource");
        assertThat(purchase.specification()).isEqualTo("eventResource_7");
        assertThat(purchase.copies()).isEqualTo(3);
        assertThat(purchase.purchaser()).isEqualTo(new Purchaser("Li Lei", "user-42"));
        assertThat(purchase.immediateUse()).isTrue();
        assertThat(purchase.deviceNoOwner()).isTrue();
        assertThat(purchase.settings()).isEqualTo(new RecordingSettings(true, 2, 25, true, 600));
    }
}
