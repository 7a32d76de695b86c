package com.livinglink.gateway.order;

import static com.livinglink.gateway.order.EnablePlanApiTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/** transfer (contract 11.9), with the clock stopped at {@link EnablePlanApiTest#NOW}. */
class TransferApiTest extends CloudStorageApiTest {

    static final String PATH = Api.TRANSFER.path();
    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    TransferApiTest() {
        super(NOW);
    }

    @Test
    void theRemainingTimeMovesToTheDestinationForItsAdministrator() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        var data = transfer(source, order, destination, null, "\"immediateUse\":true").data();

        assertThat(keys(data)).containsExactly("orderId", "commodityCode", "specification", "copies", "startTime",
                "endTime", "expired", "paymentStatus", "price", "commodityType", "startTimeUTC", "endTimeUTC",
                "startTimeStr", "endTimeStr");
        var remaining = Duration.between(NOW, Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(data.get("startTime").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(data.get("endTime").asLong()).isEqualTo(NOW.plus(remaining).toEpochMilli());
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-01T00:00:00Z");
        assertThat(data.get("orderId").asString()).isEqualTo(order.value());
        assertThat(data.get("expired").asInt()).isZero();
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(destination);
        assertThat(stored.identityId()).contains(new IdentityId("admin-1"));
    }

    @Test
    void withoutImmediateUseThePlanStartsAtTheDestinationsQueueEnd() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        fixtures.planFrom(destination, "admin-1", Instant.parse("2024-03-05T00:00:00Z"), 1);
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        var data = transfer(source, order, destination, null, "").data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-04-05T00:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-27T00:00:00Z");
    }

    @Test
    void aQueuedPlanMovesWhole() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", Instant.parse("2024-05-01T00:00:00Z"), 1);

        var data = transfer(source, order, destination, null, "\"immediateUse\":true").data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-04-10T00:00:00Z");
    }

    @Test
    void theRequestsRecordingSettingsApplyAndTheLongestFileStays() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);
        jdbc.update("UPDATE cloud_order SET max_record_file_duration = 900 WHERE order_id = ?", order.value());

        transfer(source, order, destination, null, "\"enableDefaultPlan\":\"true\",\"preRecordDuration\":2,"
                + "\"recordDuration\":\"20\",\"eventRecordProlong\":true");

        assertThat(orders.find(order).orElseThrow().recordingSettings())
                .isEqualTo(new RecordingSettings(true, 2, 20, true, 900));
    }

    @Test
    void theDefaultsAreThePlatforms() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        transfer(source, order, destination, null, "");

        assertThat(orders.find(order).orElseThrow().recordingSettings())
                .isEqualTo(new RecordingSettings(false, 5, 10, false, 1800));
    }

    @Test
    void userFieldsAreReplacedOnlyWhenSent() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var kept = fixtures.planFrom(source, "admin-1", START, 1);
        var replaced = fixtures.planFrom(source, "admin-1", START, 1);

        transfer(source, kept, destination, null, "");
        transfer(source, replaced, destination, null, "\"userName\":\"new-name\"");

        assertThat(orders.find(kept).orElseThrow().userName()).isEqualTo("user-name");
        assertThat(orders.find(replaced).orElseThrow().userName()).isEqualTo("new-name");
        assertThat(orders.find(replaced).orElseThrow().userId()).isEqualTo("user-id");
    }

    @Test
    void theOrderIsGoneFromTheSourceAndOnTheDestination() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        transfer(source, order, destination, null, "\"immediateUse\":true");

        assertThat(get(source, order).code()).isEqualTo(29600);
        assertThat(get(destination, order).data().get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
        assertThat(transfer(source, order, destination, null, "").code()).isEqualTo(29600);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnceAndMovesNothing() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);

        var result = transfer(device, order, device, null, "\"preRecordDuration\":6,\"userId\":7");

        assertParameterError(result, "dstIotId", "preRecordDuration", "userId");
        assertThat(orders.find(order).orElseThrow().iotId()).contains(device);
        assertThat(get(device, order).data().get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void eitherDeviceUnregisteredIsRefusedWith28560() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", START, 1);
        var unknown = new IotId(Fixtures.unique("dev"));

        assertThat(transfer(unknown, order, device, null, "").code()).isEqualTo(28560);
        assertThat(transfer(device, order, unknown, null, "").code()).isEqualTo(28560);
    }

    @Test
    void anOrderNotOnTheSourceIsRefusedWith29600() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var elsewhere = fixtures.planFrom(destination, "admin-1", START, 1);

        assertThat(transfer(source, elsewhere, destination, null, "").code()).isEqualTo(29600);
        assertThat(transfer(source, fixtures.paidOrder(), destination, null, "").code()).isEqualTo(29600);
    }

    @Test
    void aFreeOrderCannotBeTransferred() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.freeOrder(source, "admin-1", START);

        var result = transfer(source, order, destination, null, "");

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("request parameter error: srcOrderId free orders cannot be transferred");
        assertThat(orders.find(order).orElseThrow().iotId()).contains(source);
    }

    @Test
    void anUnpaidFrozenOrExpiredOrderIsRefused() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var unpaid = fixtures.planFrom(source, "admin-1", START, 1);
        jdbc.update("UPDATE cloud_order SET payment_status = 0 WHERE order_id = ?", unpaid.value());
        var frozen = fixtures.planFrom(source, "admin-1", START, 1);
        fixtures.freeze(frozen, NOW);
        var expired = fixtures.planFrom(source, "admin-1", Instant.parse("2024-01-01T00:00:00Z"), 1);

        assertThat(transfer(source, unpaid, destination, null, "").code()).isEqualTo(29602);
        assertThat(transfer(source, frozen, destination, null, "").code()).isEqualTo(29603);
        assertThat(transfer(source, expired, destination, null, "").code()).isEqualTo(29604);
    }

    @Test
    void aDestinationWithoutAdministratorIsRefusedWith29605() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device(null);
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        assertThat(transfer(source, order, destination, null, "\"supportCrossIdentityTransfer\":true").code())
                .isEqualTo(29605);
        assertThat(orders.find(order).orElseThrow().iotId()).contains(source);
    }

    @Test
    void withAnIotTokenOnlyTheOrdersOwnerMayTransfer() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        var refused = transfer(source, order, destination, "someone-else", "");
        assertThat(refused.code()).isEqualTo(460);
        assertThat(refused.message()).isEqualTo("auth failed");
        assertThat(orders.find(order).orElseThrow().iotId()).contains(source);

        assertThat(transfer(source, order, destination, "admin-1", "").code()).isEqualTo(200);
    }

    @Test
    void anotherAccountsDestinationNeedsSupportCrossIdentityTransfer() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-2");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        var refused = api.post(PATH, envelope(source, order, destination, "").language("zh-CN"));
        assertThat(refused.code()).isEqualTo(29607);
        assertThat(refused.message()).isEqualTo("cross-account transfer not allowed");
        assertThat(refused.localizedMsg()).isEqualTo("不支持跨账号转移");
        assertThat(orders.find(order).orElseThrow().iotId()).contains(source);

        assertThat(transfer(source, order, destination, null, "\"supportCrossIdentityTransfer\":true").code())
                .isEqualTo(200);
        assertThat(orders.find(order).orElseThrow().identityId()).contains(new IdentityId("admin-2"));
    }

    @Test
    void plainHttpIsRefused() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", START, 1);

        var result = api.overPlainHttp(PATH, envelope(source, order, destination, ""));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(orders.find(order).orElseThrow().iotId()).contains(source);
    }

    private ApiResult transfer(IotId source, OrderId order, IotId destination, String identity, String extra) {
        var envelope = envelope(source, order, destination, extra);
        if (identity != null) {
            envelope.iotToken(token(identity));
        }
        return api.post(PATH, envelope);
    }

    /** The transfer's envelope; {@code extra} is more params as JSON members. */
    private static Envelope envelope(IotId source, OrderId order, IotId destination, String extra) {
        var envelope = Envelope.transfer().param("srcIotId", source.value()).param("srcOrderId", order.value())
                .param("dstIotId", destination.value());
        if (!extra.isEmpty()) {
            var members = JSON.readTree("{" + extra + "}");
            members.properties().forEach(member -> envelope.param(member.getKey(), member.getValue()));
        }
        return envelope;
    }

    private ApiResult get(IotId device, OrderId order) {
        return getOrder(device, order.value());
    }
}
