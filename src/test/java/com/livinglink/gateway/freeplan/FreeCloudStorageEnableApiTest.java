package com.livinglink.gateway.freeplan;

import static com.livinglink.gateway.freeplan.FreePlanCalls.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** freecloudstorage/enable (contract 11.12): a queued claim takes effect now, over HTTPS. */
@FreePlanApiTest
class FreeCloudStorageEnableApiTest {

    @Autowired
    FreePlanCalls calls;

    Fixtures fixtures;

    @BeforeEach
    void atTheStartOfMarch() {
        calls.clock().set(NOW);
        fixtures = calls.fixtures();
    }

    @Test
    void aQueuedClaimStartsNowAndKeepsTheLengthOfItsWindow() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        var queued = calls.consume(device, "quota", 2).data();
        assertThat(queued.get("startTimeUTC").asString()).isEqualTo("2024-03-20T00:00:00Z");
        calls.clock().set(NOW.plus(Duration.ofHours(1)));

        var result = calls.enable(device);

        assertThat(result.code()).as(result.body()).isEqualTo(200);
        var lengthOfWindow = Duration.between(Instant.parse("2024-03-20T00:00:00Z"),
                Instant.parse(queued.get("endTimeUTC").asString()));
        assertThat(result.data().get("startTimeUTC").asString()).isEqualTo("2024-03-01T01:00:00Z");
        assertThat(result.data().get("endTimeUTC").asString())
                .isEqualTo(NOW.plus(Duration.ofHours(1)).plus(lengthOfWindow).toString());
        assertThat(result.data().get("startTime").asString()).isEqualTo("2024-03-01 09:00:00");
    }

    @Test
    void theAnswerHasTheKeysOfGetWithoutRemainQuota() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "immediateUse", true, "quota", 3);

        var result = calls.enable(device);

        assertThat(result.data().propertyNames()).containsExactly("type", "lifecycle", "months", "consumed",
                "startTime", "endTime", "expired", "startTimeUTC", "endTimeUTC");
        assertThat(result.body()).contains("\"data\":{\"type\":2,\"lifecycle\":7,\"months\":3,\"consumed\":1,"
                + "\"startTime\":\"2024-03-01 08:00:00\",\"endTime\":\"2024-06-01 08:00:00\",\"expired\":0,"
                + "\"startTimeUTC\":\"2024-03-01T00:00:00Z\",\"endTimeUTC\":\"2024-06-01T00:00:00Z\"}");
    }

    @Test
    void aClaimInEffectStaysAsItIs() {
        var device = fixtures.device("admin-a");
        var claimed = calls.consume(device, "immediateUse", true).data();
        calls.clock().set(NOW.plus(Duration.ofDays(2)));

        var data = calls.enable(device).data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo(claimed.get("startTimeUTC").asString());
        assertThat(data.get("endTimeUTC").asString()).isEqualTo(claimed.get("endTimeUTC").asString());
    }

    @Test
    void theEnabledOrderIsWhatOrderGetReads() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        calls.consume(device);
        calls.enable(device);
        var orderId = calls.adminDevice(device).json().get("claims").get(0).get("orderId").asString();

        assertThat(calls.getOrder(device, orderId).data().get("startTimeUTC").asString())
                .isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void noClaimIs29611() {
        assertThat(calls.enable(fixtures.device("admin-a")).code()).isEqualTo(29611);
    }

    @Test
    void aNewAdministratorWhoHasNotClaimedIs29611() {
        var device = fixtures.device("admin-a");
        calls.consume(device);
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        assertThat(calls.enable(device).code()).isEqualTo(29611);
    }

    @Test
    void aFrozenClaimIs29603() {
        var device = fixtures.device("admin-a");
        calls.consume(device);
        calls.freeze(device);

        assertThat(calls.enable(device).code()).isEqualTo(29603);
    }

    @Test
    void anEndedClaimIs29604() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "immediateUse", true);
        calls.clock().set(NOW.plus(Duration.ofDays(31)));

        assertThat(calls.enable(device).code()).isEqualTo(29604);
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(calls.enable(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");
        calls.consume(device);

        var result = calls.callAs("someone-else", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
    }

    @Test
    void withoutAdministratorTheLatestClaimantEnablesTheirClaim() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        calls.consume(device);
        fixtures.removeAdministrator(device);

        assertThat(calls.callAs("someone-else", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value())
                .code()).isEqualTo(460);
        var result = calls.callAs("admin-a", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());
        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void anotherApiVersionIs404() {
        var device = fixtures.device("admin-a");
        var envelope = FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value())
                .apiVer("1.0.1");

        assertThat(calls.call(Api.FREECLOUDSTORAGE_ENABLE, envelope).code()).isEqualTo(404);
    }

    @Test
    void isServedOverHttps() {
        var device = fixtures.device("admin-a");
        calls.consume(device);

        var answer = calls.overHttps(Api.FREECLOUDSTORAGE_ENABLE,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).isEqualTo(200);
    }

    @Test
    void isRefusedOverPlainHttp() {
        var result = calls.overPlainHttp(Api.FREECLOUDSTORAGE_ENABLE,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_ENABLE, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
