package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApiTest {

    @Test
    void anApiIsNamedByItsPathStyleNameItsIdOrItsPath() {
        assertThat(Api.of("order/get")).isEqualTo(Api.GET_ORDER);
        assertThat(Api.of("get-order")).isEqualTo(Api.GET_ORDER);
        assertThat(Api.of("cloudstorage/order/get")).isEqualTo(Api.GET_ORDER);
        assertThat(Api.of("/vision/customer/cloudstorage/order/get")).isEqualTo(Api.GET_ORDER);
        assertThat(Api.of("bind/order").id()).isEqualTo("bind-order");
    }

    @Test
    void theFreePlansStatusSetIsNotThePaidPlans() {
        assertThat(Api.of("status/set")).isEqualTo(Api.STATUS_SET);
        assertThat(Api.of("freecloudstorage/status/set")).isEqualTo(Api.FREECLOUDSTORAGE_STATUS_SET);
        assertThat(Api.FREECLOUDSTORAGE_STATUS_SET.path()).isEqualTo("/vision/customer/freecloudstorage/status/set");
        assertThat(Api.STATUS_SET.path()).isEqualTo("/vision/customer/cloudstorage/status/set");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() {
        assertThatIllegalArgumentException().isThrownBy(() -> Api.of("order/delete"))
                .withMessageContaining("No API order/delete").withMessageContaining("bind/order")
                .withMessageContaining("get-order");
    }

    @Test
    void fourteenApisOfWhichTheHttpsOnlyOnesAreTheContracts() {
        assertThat(Api.values()).hasSize(14);
        assertThat(Api.values()).filteredOn(api -> !api.httpsOnly()).containsExactlyInAnyOrder(Api.GET_ORDER,
                Api.COMMODITY_QUERY, Api.COMMODITY_CHECK, Api.COMMODITY_BUY, Api.ORDER_QUERY);
    }
}
