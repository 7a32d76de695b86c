package com.livinglink.gateway.freeplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The params of freecloudstorage/get (contract 11.10), freecloudstorage/enable (11.12) and
 * freestorage/quota/check (11.14): the device alone, one record each, one rule.
 */
class DeviceParamsTest {

    @ParameterizedTest
    @ValueSource(classes = {GetFreePlanParams.class, EnableFreePlanParams.class, CheckFreeQuotaParams.class})
    void iotIdIsRequired(Class<? extends Record> params) {
        assertThat(ParamsBinding.of(params).violations()).containsExactly("iotId is required");
    }

    @ParameterizedTest
    @ValueSource(classes = {GetFreePlanParams.class, EnableFreePlanParams.class, CheckFreeQuotaParams.class})
    void iotIdIsAnIdentifier(Class<? extends Record> params) {
        assertThat(ParamsBinding.of(params, "iotId", "d".repeat(65)).violations())
                .containsExactly("iotId must be 1 to 64 characters");
        assertThat(ParamsBinding.of(params, "iotId", "dev 1").violations())
                .containsExactly("iotId must not contain whitespace or control characters");
        assertThat(ParamsBinding.of(params, "iotId", "dev-1").violations()).isEmpty();
    }
}
