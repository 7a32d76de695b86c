package com.livinglink.gateway.freeplan;

import static com.livinglink.gateway.freeplan.FreePlanCalls.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** freecloudstorage/get (contract 11.10) and the view of 11.15, over HTTPS. */
@FreePlanApiTest
class FreeCloudStorageGetApiTest {

    @Autowired
    FreePlanCalls calls;

    Fixtures fixtures;

    @BeforeEach
    void atTheStartOfMarch() {
        calls.clock().set(NOW);
        fixtures = calls.fixtures();
    }

    @Test
    void anUnclaimedPlanHasTheDocExampleValuesWithEmptyTimesInTheDocumentedKeyOrder() {
        var result = calls.get(fixtures.device("admin-a"));

        assertThat(result.code()).as(result.body()).isEqualTo(200);
        assertThat(result.data().propertyNames()).containsExactly("type", "lifecycle", "months", "consumed",
                "startTime", "endTime", "expired", "startTimeUTC", "endTimeUTC", "remainQuota");
        assertThat(result.body()).contains("\"data\":{\"type\":2,\"lifecycle\":7,\"months\":3,\"consumed\":0,"
                + "\"startTime\":\"\",\"endTime\":\"\",\"expired\":0,\"startTimeUTC\":\"\",\"endTimeUTC\":\"\","
                + "\"remainQuota\":3}");
    }

    @Test
    void anUnclaimedPlansMonthsAreTheMonthsLeft() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":2}");

        var data = calls.get(device).data();

        assertThat(data.get("months").asInt()).isEqualTo(2);
        assertThat(data.get("remainQuota").asInt()).isEqualTo(2);
    }

    @Test
    void aClaimedPlanShowsTheClaimsMonthsAndTimes() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "quota", 2, "immediateUse", true);

        var data = calls.get(device).data();

        assertThat(data.get("consumed").asInt()).isEqualTo(1);
        assertThat(data.get("months").asInt()).isEqualTo(2);
        assertThat(data.get("startTime").asString()).isEqualTo("2024-03-01 08:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2024-05-01 08:00:00");
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(data.get("expired").asInt()).isZero();
        assertThat(data.get("remainQuota").asInt()).isEqualTo(1);
    }

    @Test
    void aClaimPastItsEndReadsAsExpired() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "immediateUse", true);
        calls.clock().set(NOW.plus(Duration.ofDays(31)));

        assertThat(calls.get(device).data().get("expired").asInt()).isEqualTo(1);
    }

    @Test
    void aFrozenClaimReadsAsFrozenEvenPastItsEnd() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "immediateUse", true);
        calls.freeze(device);
        calls.clock().set(NOW.plus(Duration.ofDays(40)));

        assertThat(calls.get(device).data().get("expired").asInt()).isEqualTo(2);
    }

    @Test
    void theViewFollowsANewAdministratorWhoHasNotClaimed() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "quota", 2);
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        var data = calls.get(device).data();

        assertThat(data.get("consumed").asInt()).isZero();
        assertThat(data.get("months").asInt()).isEqualTo(1);
        assertThat(data.get("startTime").asString()).isEmpty();
        assertThat(data.get("remainQuota").asInt()).isEqualTo(1);
    }

    @Test
    void aDeviceWithoutAdministratorShowsItsLatestClaim() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "quota", 1);
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");
        calls.consume(device, "quota", 2);
        fixtures.removeAdministrator(device);

        var data = calls.get(device).data();

        assertThat(data.get("consumed").asInt()).isEqualTo(1);
        assertThat(data.get("months").asInt()).isEqualTo(2);
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(calls.get(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void theAdministratorsTokenReads() {
        var device = fixtures.device("admin-a");

        assertThat(calls.callAs("admin-a", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");

        var result = calls.callAs("someone-else", Api.FREECLOUDSTORAGE_GET, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
    }

    @Test
    void withoutAdministratorOnlyTheLatestClaimantsTokenReads() {
        var device = fixtures.device("admin-a");
        calls.consume(device);
        fixtures.removeAdministrator(device);

        assertThat(calls.callAs("admin-a", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
        assertThat(calls.callAs("someone-else", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(460);
    }

    @Test
    void withoutAdministratorOrClaimAnyTokenReads() {
        var device = fixtures.device(null);

        assertThat(calls.callAs("anyone", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void aMissingIotIdIsAParameterError() {
        var result = calls.call(Api.FREECLOUDSTORAGE_GET);

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("request parameter error: iotId is required");
    }

    @Test
    void apiVersionsUpToTheDocumentedOneAreAccepted() {
        var device = fixtures.device("admin-a");
        var envelope = FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_GET, "iotId", device.value());

        assertThat(calls.call(Api.FREECLOUDSTORAGE_GET, envelope.apiVer("1.0.0")).code()).isEqualTo(200);
        assertThat(calls.call(Api.FREECLOUDSTORAGE_GET, envelope.apiVer("1.0.2")).code()).isEqualTo(404);
    }

    @Test
    void isServedOverHttps() {
        var device = fixtures.device("admin-a");

        var answer = calls.overHttps(Api.FREECLOUDSTORAGE_GET,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_GET, "iotId", device.value()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).isEqualTo(200);
        assertThat(answer.json().get("data").get("remainQuota").asInt()).isEqualTo(3);
    }

    @Test
    void isRefusedOverPlainHttp() {
        var result = calls.overPlainHttp(Api.FREECLOUDSTORAGE_GET,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_GET, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
