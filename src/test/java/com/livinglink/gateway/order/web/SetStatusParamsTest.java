package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of status/set (contract 11.8), bound as the gateway does. */
class SetStatusParamsTest {

    static final ParamsBinding<SetStatusParams> FREEZE =
            ParamsBinding.of(SetStatusParams.class, "iotId", "dev-1", "orderId", "ord-1", "status", 2);

    @Test
    void iotIdOrderIdAndStatusAreRequired() {
        assertThat(FREEZE.without("iotId", "orderId", "status").violations())
                .containsExactly("iotId is required", "orderId is required", "status is required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void onlyStatus2IsAccepted(int status) {
        assertThat(FREEZE.with("status", status).violations())
                .containsExactly("status must be 2 (only freezing is supported)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "\"2\""})
    void statusMayComeAsANumberOrItsText(String json) {
        assertThat(FREEZE.withJson("status", json).bound().status()).isEqualTo(2);
    }

    @Test
    void deviceNoOwnerIsABooleanFalseByDefault() {
        assertThat(FREEZE.bound().deviceNoOwner()).isFalse();
        assertThat(FREEZE.with("deviceNoOwner", "true").bound().deviceNoOwner()).isTrue();
        assertThat(FREEZE.with("deviceNoOwner", 1).violations()).containsExactly("deviceNoOwner must be a boolean");
    }
}
