package com.livinglink.gateway.freeplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of freecloudstorage/consume (contract 11.11), bound as the gateway does. */
class ConsumeFreePlanParamsTest {

    static final ParamsBinding<ConsumeFreePlanParams> CONSUME =
            ParamsBinding.of(ConsumeFreePlanParams.class, "iotId", "dev-1");

    @Test
    void iotIdIsARequiredIdentifier() {
        assertThat(CONSUME.without("iotId").violations()).containsExactly("iotId is required");
        assertThat(CONSUME.with("iotId", "dev\u00a01").violations())
                .containsExactly("iotId must not contain whitespace or control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "\"2\""})
    void quotaIsOneToThreeMonths(String json) {
        assertThat(CONSUME.withJson("quota", json).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void aQuotaOutsideOneToThreeIsRejected(int quota) {
        assertThat(CONSUME.with("quota", quota).violations()).containsExactly("quota must be between 1 and 3");
    }

    @Test
    void quotaAndRecordingSettingsAreReportedTogether() {
        assertThat(CONSUME.with("quota", 4).with("preRecordDuration", 6).violations())
                .containsExactly("preRecordDuration must be between 0 and 5", "quota must be between 1 and 3");
    }

    @Test
    void byDefaultOneMonthIsClaimedToStartLaterWithThePlatformsRecordingSettings() {
        var claim = CONSUME.bound().toClaim();

        assertThat(claim.iotId()).isEqualTo(new IotId("dev-1"));
        assertThat(claim.quota()).isEqualTo(1);
        assertThat(claim.immediateUse()).isFalse();
        assertThat(claim.settings()).isEqualTo(new RecordingSettings(false, 5, 10, false, 1800));
    }

    @Test
    void theClaimAsksForWhatTheParamsSayWithTheDefaultLongestFile() {
        var claim = CONSUME.with("quota", "3").with("immediateUse", "true").with("enableDefaultPlan", true)
                .with("preRecordDuration", "3").with("recordDuration", 20).with("eventRecordProlong", true).bound()
                .toClaim();

        assertThat(claim.quota()).isEqualTo(3);
        assertThat(claim.immediateUse()).isTrue();
        assertThat(claim.settings()).isEqualTo(new RecordingSettings(true, 3, 20, true, 1800));
    }
}
