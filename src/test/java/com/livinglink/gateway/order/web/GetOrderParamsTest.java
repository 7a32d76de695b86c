package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of order/get (contract section 4), bound as the gateway does. */
class GetOrderParamsTest {

    static final ParamsBinding<GetOrderParams> GET =
            ParamsBinding.of(GetOrderParams.class, "iotId", "dev-1", "orderId", "ord-1");

    @Test
    void iotIdAndOrderIdAreRequiredAndDeviceNoOwnerIsABoolean() {
        assertThat(GET.without("iotId", "orderId").with("deviceNoOwner", "maybe").violations()).containsExactly(
                "iotId is required", "orderId is required", "deviceNoOwner must be a boolean");
    }

    @Test
    void iotIdAndOrderIdAreIdentifiers() {
        assertThat(GET.with("iotId", "d".repeat(65)).with("orderId", 20200731).violations())
                .containsExactly("iotId must be 1 to 64 characters", "orderId must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"true\""})
    void deviceNoOwnerIsTrueOrItsText(String json) {
        assertThat(GET.withJson("deviceNoOwner", json).bound().deviceNoOwner()).isTrue();
    }

    @Test
    void deviceNoOwnerIsFalseByDefault() {
        assertThat(GET.bound().deviceNoOwner()).isFalse();
    }
}
