package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;

/** The params of commodity/enable (contract 11.7), bound as the gateway does. */
class EnablePlanParamsTest {

    static final ParamsBinding<EnablePlanParams> ENABLE =
            ParamsBinding.of(EnablePlanParams.class, "iotId", "dev-1", "orderId", "ord-1");

    @Test
    void iotIdAndOrderIdAreRequired() {
        assertThat(ENABLE.without("iotId", "orderId").violations())
                .containsExactly("iotId is required", "orderId is required");
    }

    @Test
    void iotIdAndOrderIdAreIdentifiers() {
        assertThat(ENABLE.with("iotId", "").with("orderId", "o\tr").violations()).containsExactly(
                "iotId must be 1 to 64 characters", "orderId must not contain whitespace or control characters");
        assertThat(ENABLE.bound()).isEqualTo(new EnablePlanParams("dev-1", "ord-1"));
    }
}
