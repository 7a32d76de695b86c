package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;

/** The params of commodity/check (contract 11.4), bound as the gateway does. */
class CheckCommodityParamsTest {

    static final ParamsBinding<CheckCommodityParams> CHECK = ParamsBinding.of(CheckCommodityParams.class, "iotId",
            "dev-1", "commodityCode", "ilopLVCloudResource", "specification", "eventResource_7");

    @Test
    void iotIdIsAnIdentifierAndThePlanIsRequired() {
        assertThat(CHECK.with("iotId", "has space").without("commodityCode", "specification").violations())
                .containsExactly("iotId must not contain whitespace or control characters",
                        "commodityCode is required", "specification is required");
    }

    @Test
    void thePlanIsAtMost128CharactersOfText() {
        assertThat(CHECK.with("commodityCode", 1).with("specification", "s".repeat(129)).violations())
                .containsExactly("commodityCode must be a string", "specification must be at most 128 characters");
    }

    @Test
    void anyPlanNamedWithinTheRulesIsBoundAsGiven() {
        var bound = CHECK.with("commodityCode", "other").with("specification", "eventResource_365").bound();

        assertThat(bound.commodityCode()).isEqualTo("other");
        assertThat(bound.specification()).isEqualTo("eventResource_365");
    }
}
