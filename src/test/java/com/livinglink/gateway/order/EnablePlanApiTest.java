package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** commodity/enable (contract 11.7), with the clock stopped at {@link #NOW}. */
class EnablePlanApiTest extends CloudStorageApiTest {

    static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");
    static final String PATH = Api.COMMODITY_ENABLE.path();

    @Autowired
    JdbcTemplate jdbc;

    EnablePlanApiTest() {
        super(NOW);
    }

    @Test
    void aQueuedPlanStartsNowAndKeepsTheLengthOfItsWindow() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        var data = enable(device, order, null).data();

        assertThat(data.get("startTime").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(data.get("endTime").asLong()).isEqualTo(NOW.plus(Duration.ofDays(30)).toEpochMilli());
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-09T00:00:00Z");
        assertThat(data.get("startTimeStr").asString()).isEqualTo("2024-03-10 08:00:00");
        assertThat(data.get("endTimeStr").asString()).isEqualTo("2024-04-09 08:00:00");
        assertThat(data.get("expired").asInt()).isZero();
    }

    @Test
    void dataHoldsTheExampleShapesKeysInOrderWithEpochMillisecondTimes() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 2);

        var data = enable(device, order, null).data();

        assertThat(keys(data)).containsExactly("orderId", "commodityCode", "specification", "copies", "startTime",
                "endTime", "expired", "paymentStatus", "price", "commodityType", "startTimeUTC", "endTimeUTC",
                "startTimeStr", "endTimeStr");
        assertThat(data.get("orderId").asString()).isEqualTo(order.value());
        assertThat(data.get("commodityCode").asString()).isEqualTo("ilopLVCloudResource");
        assertThat(data.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(data.get("copies").asInt()).isEqualTo(2);
        assertThat(data.get("startTime").isIntegralNumber()).isTrue();
        assertThat(data.get("endTime").isIntegralNumber()).isTrue();
        assertThat(data.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(data.get("price").asString()).isEqualTo("2.0");
        assertThat(data.get("commodityType").asInt()).isEqualTo(2);
    }

    @Test
    void aPlanInEffectStaysAsItIs() {
        var device = fixtures.device("admin-1");
        var start = Instant.parse("2024-03-01T02:00:00Z");
        var order = fixtures.planFrom(device, "admin-1", start, 1);

        var result = enable(device, order, null);

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("startTime").asLong()).isEqualTo(start.toEpochMilli());
        assertThat(result.data().get("endTimeUTC").asString()).isEqualTo("2024-04-01T02:00:00Z");
    }

    @Test
    void otherPlansOfTheDeviceAreUntouched() {
        var device = fixtures.device("admin-1");
        var running = fixtures.planFrom(device, "admin-1", Instant.parse("2024-03-01T00:00:00Z"), 1);
        var queued = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        enable(device, queued, null);

        assertThat(getOrder(device, running).get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(getOrder(device, queued).get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
    }

    @Test
    void orderGetReportsTheEnabledPlan() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        enable(device, order, null);

        var read = getOrder(device, order);
        assertThat(read.get("startTime").asString()).isEqualTo("2024-03-10 08:00:00");
        assertThat(read.get("endTime").asString()).isEqualTo("2024-04-09 08:00:00");
        assertThat(read.get("status").asInt()).isZero();
    }

    @Test
    void aFreeOrderMayBeEnabledToo() {
        var device = fixtures.device("admin-1");
        var order = fixtures.freeOrder(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"));

        assertThat(enable(device, order, null).data().get("startTime").asLong()).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void anUnregisteredDeviceIsRefusedWith28560() {
        var result = enable(new IotId(Fixtures.unique("dev")), new OrderId(Fixtures.unique("ord")), null);

        assertThat(result.code()).isEqualTo(28560);
        assertThat(result.message()).isEqualTo("device not exist");
    }

    @Test
    void anOrderNotBoundToTheDeviceIsRefusedWith29600() {
        var device = fixtures.device("admin-1");
        var other = fixtures.device("admin-1");
        var order = fixtures.planFrom(other, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        assertThat(enable(device, order, null).code()).isEqualTo(29600);
        assertThat(enable(device, fixtures.paidOrder(), null).code()).isEqualTo(29600);
        assertThat(enable(device, new OrderId(Fixtures.unique("ord")), null).code()).isEqualTo(29600);
    }

    @Test
    void anUnpaidOrderIsRefusedWith29602() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);
        jdbc.update("UPDATE cloud_order SET payment_status = 2 WHERE order_id = ?", order.value());

        assertThat(enable(device, order, null).code()).isEqualTo(29602);
        assertThat(getOrder(device, order).get("startTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");
    }

    @Test
    void aFrozenOrderIsRefusedWith29603() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);
        fixtures.freeze(order, NOW);

        assertThat(enable(device, order, null).code()).isEqualTo(29603);
        assertThat(getOrder(device, order).get("startTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");
    }

    @Test
    void anExpiredOrderIsRefusedWith29604() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"), 1);

        assertThat(enable(device, order, null).code()).isEqualTo(29604);
    }

    @Test
    void theAdministratorMayEnableAndAnyoneElseIsRefusedWithAuthFailed() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        var refused = enable(device, order, "someone-else");
        assertThat(refused.code()).isEqualTo(460);
        assertThat(refused.message()).isEqualTo("auth failed");
        assertThat(getOrder(device, order).get("startTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");

        assertThat(enable(device, order, "admin-1").code()).isEqualTo(200);
    }

    @Test
    void onADeviceWithoutAdministratorOnlyTheOrdersOwnIdentityMayEnable() {
        var device = fixtures.device(null);
        var order = fixtures.planFrom(device, "owner-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        assertThat(enable(device, order, "someone-else").code()).isEqualTo(460);
        assertThat(enable(device, order, "owner-1").code()).isEqualTo(200);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(api.post(PATH, Envelope.enable().param("orderId", "o".repeat(65))), "iotId", "orderId");
    }

    @Test
    void onlyApiVersion100IsAccepted() {
        var result = api.post(PATH, Envelope.enable().apiVer("1.0.1").param("iotId", "d").param("orderId", "o"));

        assertThat(result.code()).isEqualTo(404);
    }

    @Test
    void plainHttpIsRefused() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        var result = api.overPlainHttp(PATH, Envelope.enable().param("iotId", device.value())
                .param("orderId", order.value()));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(getOrder(device, order).get("startTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");
    }

    private ApiResult enable(IotId device, OrderId order, String identity) {
        var envelope = Envelope.enable().param("iotId", device.value()).param("orderId", order.value());
        if (identity != null) {
            envelope.iotToken(token(identity));
        }
        return api.post(PATH, envelope);
    }

    private JsonNode getOrder(IotId device, OrderId order) {
        return order(device, order.value());
    }
}
