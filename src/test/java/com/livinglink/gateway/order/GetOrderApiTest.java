package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** order/get (contract section 4), with the clock pinned at {@link #NOW}. */
@HttpApiTest
@TestPropertySource(properties = "gateway.clock.fixed=2024-03-10T00:00:00Z")
class GetOrderApiTest {

    static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void dataHoldsExactlyTheContractKeysInOrder() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var result = api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value()));

        assertThat(result.code()).isEqualTo(200);
        var keys = new ArrayList<String>();
        result.data().propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("iotId", "identityId", "commodityCode", "specification", "copies", "price",
                "userName", "userId", "orderId", "outOrderNo", "status", "paymentStatus", "recordType", "orderType",
                "startTime", "endTime", "startTimeUTC", "endTimeUTC", "preConsume");
    }
}
