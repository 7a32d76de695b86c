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

    @Test
    void timesAreWrittenInTheServiceZoneAndInUtc() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var data = api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value())).data();

        assertThat(data.get("startTime").asString()).isEqualTo("2024-03-01 10:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2024-04-01 10:00:00");
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-01T02:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-01T02:00:00Z");
    }

    @Test
    void statusAndConsumptionAreDerivedFromTheClock() {
        var device = fixtures.device("admin-1");
        var running = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));
        var expired = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"));

        var runningData = api.get(Envelope.get().param("iotId", device.value()).param("orderId", running.value()))
                .data();
        var expiredData = api.get(Envelope.get().param("iotId", device.value()).param("orderId", expired.value()))
                .data();

        assertThat(runningData.get("status").asInt()).isZero();
        assertThat(runningData.get("preConsume").asInt()).isEqualTo(8 * 86400 + 22 * 3600);
        assertThat(expiredData.get("status").asInt()).isEqualTo(1);
        assertThat(expiredData.get("preConsume").asInt()).isEqualTo(31 * 86400);
    }

    @Test
    void valuesHaveTheContractsJsonTypes() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var data = api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value())).data();

        for (var key : new String[] {"copies", "status", "paymentStatus", "recordType", "orderType", "preConsume"}) {
            assertThat(data.get(key).isInt()).as(key).isTrue();
        }
        for (var key : new String[] {"iotId", "identityId", "commodityCode", "specification", "price", "userName",
                "userId", "orderId", "outOrderNo", "startTime", "endTime", "startTimeUTC", "endTimeUTC"}) {
            assertThat(data.get(key).isString()).as(key).isTrue();
        }
    }

    @Test
    void anOrderBoundToAnotherDeviceDoesNotExistForThisOne() {
        var owner = fixtures.device("admin-1");
        var other = fixtures.device("admin-1");
        var order = fixtures.boundOrder(owner, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var result = api.get(Envelope.get().param("iotId", other.value()).param("orderId", order.value()));

        assertThat(result.code()).isEqualTo(29600);
        assertThat(result.message()).isEqualTo("order not exist");
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void anUnboundOrderDoesNotExistForAnyDevice() {
        var device = fixtures.device("admin-1");
        var order = fixtures.paidOrder();

        assertThat(api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value())).code())
                .isEqualTo(29600);
    }

    @Test
    void iotIdAndOrderIdAreRequired() {
        var result = api.get(Envelope.get().param("deviceNoOwner", "maybe"));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo(
                "request parameter error: iotId is required; orderId is required; deviceNoOwner must be a boolean");
    }

    @Test
    void deviceNoOwnerAcceptsBooleanStrings() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var result = api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value())
                .param("deviceNoOwner", "true"));

        assertThat(result.code()).isEqualTo(200);
    }
}
