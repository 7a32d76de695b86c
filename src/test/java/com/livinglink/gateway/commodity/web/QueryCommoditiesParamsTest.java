package com.livinglink.gateway.commodity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;

/** The params of commodity/query (contract 11.3): none, whatever a client sends. */
class QueryCommoditiesParamsTest {

    @Test
    void unknownParamsAreIgnored() {
        var params = ParamsBinding.of(QueryCommoditiesParams.class, "iotId", "QIuozfUcxRX6frOTO4dK****", "pageNo", "x");

        assertThat(params.violations()).isEmpty();
    }
}
