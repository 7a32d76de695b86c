package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.CloudStorageApiTest;
import org.junit.jupiter.api.Test;

/** order/get (contract section 4), with the clock stopped at {@link #NOW}. */
class GetOrderApiTest extends CloudStorageApiTest {

    static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

    GetOrderApiTest() {
        super(NOW);
    }

    @Test
    void dataHoldsExactlyTheContractKeysInOrder() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var result = getOrder(device, order.value());

        assertThat(result.code()).isEqualTo(200);
        assertThat(keys(result.data())).containsExactly("iotId", "identityId", "commodityCode", "specification",
                "copies", "price", "userName", "userId", "orderId", "outOrderNo", "status", "paymentStatus",
                "recordType", "orderType", "startTime", "endTime", "startTimeUTC", "endTimeUTC", "preConsume");
    }

    @Test
    void timesAreWrittenInTheServiceZoneAndInUtc() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var data = order(device, order.value());

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

        var runningData = order(device, running.value());
        var expiredData = order(device, expired.value());

        assertThat(runningData.get("status").asInt()).isZero();
        assertThat(runningData.get("preConsume").asInt()).isEqualTo(8 * 86400 + 22 * 3600);
        assertThat(expiredData.get("status").asInt()).isEqualTo(1);
        assertThat(expiredData.get("preConsume").asInt()).isEqualTo(31 * 86400);
    }

    @Test
    void valuesHaveTheContractsJsonTypes() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var data = order(device, order.value());

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

        var result = getOrder(other, order.value());

        assertThat(result.code()).isEqualTo(29600);
        assertThat(result.message()).isEqualTo("order not exist");
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void anUnboundOrderDoesNotExistForAnyDevice() {
        var device = fixtures.device("admin-1");
        var order = fixtures.paidOrder();

        assertThat(getOrder(device, order.value()).code()).isEqualTo(29600);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(call(Api.GET_ORDER, "deviceNoOwner", "maybe"), "iotId", "orderId", "deviceNoOwner");
    }

    @Test
    void isServedOverPlainHttpToo() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var result = overPlainHttp(Api.GET_ORDER, envelope(Api.GET_ORDER, "iotId", device.value(), "orderId",
                order.value()));

        assertThat(result.code()).isEqualTo(200);
    }
}
