package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

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

/** status/set (contract 11.8), with the clock stopped at {@link EnablePlanApiTest#NOW}. */
class SetStatusApiTest extends CloudStorageApiTest {

    static final String PATH = Api.STATUS_SET.path();
    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    SetStatusApiTest() {
        super(EnablePlanApiTest.NOW);
    }

    @Test
    void freezingStopsTheServiceAndReportsTheOrderFrozen() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        var data = freeze(device, order, false, null).data();

        assertThat(keys(data)).containsExactly("orderId", "commodityCode", "specification", "copies", "startTime",
                "endTime", "startTimeUTC", "endTimeUTC", "expired", "paymentStatus", "price", "commodityType",
                "iotId", "identityId", "status", "preConsume", "outOrderNo", "orderType", "userName", "userId");
        assertThat(data.get("orderId").asString()).isEqualTo(order.value());
        assertThat(data.get("startTime").asString()).isEqualTo("2024-03-01 08:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2024-04-01 08:00:00");
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");
        assertThat(data.get("expired").asInt()).isEqualTo(2);
        assertThat(data.get("status").asInt()).isEqualTo(2);
        assertThat(data.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(data.get("price").asString()).isEqualTo("1.0");
        assertThat(data.get("commodityType").asInt()).isEqualTo(2);
        assertThat(data.get("iotId").asString()).isEqualTo(device.value());
        assertThat(data.get("identityId").asString()).isEqualTo("admin-1");
        assertThat(data.get("preConsume").asInt()).isEqualTo(9 * 86400);
        assertThat(data.get("outOrderNo").asString()).isEqualTo("out-1");
        assertThat(data.get("orderType").asInt()).isZero();
        assertThat(data.get("userName").asString()).isEqualTo("user-name");
        assertThat(data.get("userId").asString()).isEqualTo("user-id");
        var read = getOrder(device, order);
        assertThat(read.get("status").asInt()).isEqualTo(2);
        assertThat(read.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void freezingAFrozenOrderSucceedsAgainAndKeepsTheFirstFreeze() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);
        fixtures.freeze(order, Instant.parse("2024-03-05T00:00:00Z"));

        var result = freeze(device, order, false, null);

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("preConsume").asInt()).isEqualTo(4 * 86400);
    }

    @Test
    void anExpiredOrderMayBeFrozen() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"), 1);

        var data = freeze(device, order, false, null).data();

        assertThat(data.get("expired").asInt()).isEqualTo(2);
        assertThat(data.get("preConsume").asInt()).isEqualTo(31 * 86400);
    }

    @Test
    void anUnpaidOrderMayBeFrozen() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);
        jdbc.update("UPDATE cloud_order SET payment_status = 0 WHERE order_id = ?", order.value());

        var data = freeze(device, order, false, null).data();

        assertThat(data.get("status").asInt()).isEqualTo(2);
        assertThat(data.get("paymentStatus").asInt()).isZero();
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnceAndFreezesNothing() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        var result = api.post(PATH, Envelope.statusSet().param("iotId", device.value()).param("orderId", order.value())
                .param("status", 1).param("deviceNoOwner", "yes"));

        assertParameterError(result, "status", "deviceNoOwner");
        assertThat(getOrder(device, order).get("status").asInt()).isZero();
    }

    @Test
    void anUnregisteredDeviceIsRefusedWith28560() {
        assertThat(freeze(new IotId(Fixtures.unique("dev")), new OrderId(Fixtures.unique("ord")), true, null).code())
                .isEqualTo(28560);
    }

    @Test
    void anOrderNotBoundToTheDeviceIsRefusedWith29600() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(fixtures.device("admin-1"), "admin-1", START, 1);

        assertThat(freeze(device, order, false, null).code()).isEqualTo(29600);
        assertThat(freeze(device, fixtures.paidOrder(), false, null).code()).isEqualTo(29600);
    }

    @Test
    void strictlyADeviceWithoutAdministratorIsRefusedWith29605() {
        var device = fixtures.device(null);
        var order = fixtures.planFrom(device, "owner-1", START, 1);

        var result = freeze(device, order, false, null);

        assertThat(result.code()).isEqualTo(29605);
        assertThat(result.message()).isEqualTo("device has no administrator");
        assertThat(getOrder(device, order).get("status").asInt()).isZero();
    }

    @Test
    void strictlyAnAdministratorWhoDidNotBuyTheOrderIsRefusedWithAuthFailed() {
        var device = fixtures.device("admin-2");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        var result = freeze(device, order, false, null);

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(freeze(device, order, true, null).code()).isEqualTo(200);
    }

    @Test
    void withDeviceNoOwnerAnOrderBoughtBeforeTheUnbindMayBeFrozenByItsOwnIdentity() {
        var device = fixtures.device(null);
        var order = fixtures.planFrom(device, "owner-1", START, 1);

        assertThat(freeze(device, order, true, "someone-else").code()).isEqualTo(460);
        assertThat(freeze(device, order, true, "owner-1").code()).isEqualTo(200);
    }

    @Test
    void withAnIotTokenOnlyTheAdministratorMayFreeze() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        assertThat(freeze(device, order, false, "someone-else").code()).isEqualTo(460);
        assertThat(freeze(device, order, true, "someone-else").code()).isEqualTo(460);
        assertThat(getOrder(device, order).get("status").asInt()).isZero();
        assertThat(freeze(device, order, false, "admin-1").code()).isEqualTo(200);
    }

    @Test
    void theDocumentedVersionsAreAccepted() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);
        var envelope = Envelope.statusSet().param("iotId", device.value()).param("orderId", order.value())
                .param("status", 2);

        assertThat(api.post(PATH, envelope.apiVer("1.0.0")).code()).isEqualTo(200);
        assertThat(api.post(PATH, envelope.apiVer("1.0.2")).code()).isEqualTo(404);
    }

    @Test
    void plainHttpIsRefused() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        var result = api.overPlainHttp(PATH, Envelope.statusSet().param("iotId", device.value())
                .param("orderId", order.value()).param("status", 2));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(getOrder(device, order).get("status").asInt()).isZero();
    }

    private ApiResult freeze(IotId device, OrderId order, boolean deviceNoOwner, String identity) {
        var envelope = Envelope.statusSet().param("iotId", device.value()).param("orderId", order.value())
                .param("status", 2).param("deviceNoOwner", deviceNoOwner);
        if (identity != null) {
            envelope.iotToken(token(identity));
        }
        return api.post(PATH, envelope);
    }

    private JsonNode getOrder(IotId device, OrderId order) {
        return order(device, order.value());
    }
}
