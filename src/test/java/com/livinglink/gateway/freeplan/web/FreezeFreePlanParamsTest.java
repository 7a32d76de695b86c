package com.livinglink.gateway.freeplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of freecloudstorage/status/set (contract 11.13), bound as the gateway does. */
class FreezeFreePlanParamsTest {

    static final ParamsBinding<FreezeFreePlanParams> FREEZE =
            ParamsBinding.of(FreezeFreePlanParams.class, "iotId", "dev-1", "status", 2);

    @Test
    void iotIdAndStatusAreRequired() {
        assertThat(FREEZE.without("iotId", "status").violations())
                .containsExactly("iotId is required", "status is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "\"1\"", "3"})
    void aStatusOtherThanTwoIsRejected(String json) {
        assertThat(FREEZE.withJson("status", json).violations()).containsExactly("status must be between 2 and 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "\"2\""})
    void statusTwoFreezesAsANumberOrItsText(String json) {
        assertThat(FREEZE.withJson("status", json).bound().status()).isEqualTo(2);
    }
}
