package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The params of order/query (contract 11.6), bound as the gateway does. */
class QueryOrdersParamsTest {

    static final ParamsBinding<QueryOrdersParams> QUERY = ParamsBinding.of(QueryOrdersParams.class, "iotId", "dev-1");

    @Test
    void iotIdIsRequired() {
        assertThat(QUERY.without("iotId").violations()).containsExactly("iotId is required");
    }

    @Test
    void pageNoDefaultsToZeroAndPageSizeToTwenty() {
        var bound = QUERY.bound();

        assertThat(bound.pageNo()).isZero();
        assertThat(bound.pageSize()).isEqualTo(20);
        assertThat(bound.deviceNoOwner()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "50", "\"2\""})
    void pageSizeIsOneToFifty(String json) {
        assertThat(QUERY.withJson("pageSize", json).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"51\""})
    void pageSizeOutsideOneToFiftyIsRejected(String json) {
        assertThat(QUERY.withJson("pageSize", json).violations()).containsExactly("pageSize must be between 1 and 50");
    }

    @Test
    void pageNoIsNotNegative() {
        assertThat(QUERY.with("pageNo", -1).with("pageSize", "51").violations()).containsExactly(
                "pageNo must be between 0 and 2147483647", "pageSize must be between 1 and 50");
        assertThat(QUERY.with("pageNo", "1").bound().pageNo()).isEqualTo(1);
        assertThat(QUERY.with("pageNo", Integer.MAX_VALUE).bound().pageNo()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void pageNoAndPageSizeMustBeIntegers() {
        assertThat(QUERY.with("pageNo", "first").with("pageSize", 2.5).violations())
                .containsExactly("pageNo must be an integer", "pageSize must be an integer");
    }

    @Test
    void deviceNoOwnerIsABoolean() {
        assertThat(QUERY.with("deviceNoOwner", "true").bound().deviceNoOwner()).isTrue();
        assertThat(QUERY.with("deviceNoOwner", "no").violations()).containsExactly("deviceNoOwner must be a boolean");
    }
}
