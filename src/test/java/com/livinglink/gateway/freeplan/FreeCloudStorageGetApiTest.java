package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;


/** freecloudstorage/get (contract 11.10) and the view of 11.15, over HTTPS. */
class FreeCloudStorageGetApiTest extends FreePlanApiTest {

    @Test
    void anUnclaimedPlanHasTheDocExampleValuesWithEmptyTimesInTheDocumentedKeyOrder() {
        var result = get(fixtures.device("admin-a"));

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
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":2}");

        var data = get(device).data();

        assertThat(data.get("months").asInt()).isEqualTo(2);
        assertThat(data.get("remainQuota").asInt()).isEqualTo(2);
    }

    @Test
    void aClaimedPlanShowsTheClaimsMonthsAndTimes() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 2, "immediateUse", true);

        var data = get(device).data();

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
        consume(device, "immediateUse", true);
        clock.set(NOW.plus(Duration.ofDays(31)));

        assertThat(get(device).data().get("expired").asInt()).isEqualTo(1);
    }

    @Test
    void aFrozenClaimReadsAsFrozenEvenPastItsEnd() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true);
        freeze(device);
        clock.set(NOW.plus(Duration.ofDays(40)));

        assertThat(get(device).data().get("expired").asInt()).isEqualTo(2);
    }

    @Test
    void theViewFollowsANewAdministratorWhoHasNotClaimed() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 2);
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        var data = get(device).data();

        assertThat(data.get("consumed").asInt()).isZero();
        assertThat(data.get("months").asInt()).isEqualTo(1);
        assertThat(data.get("startTime").asString()).isEmpty();
        assertThat(data.get("remainQuota").asInt()).isEqualTo(1);
    }

    @Test
    void aDeviceWithoutAdministratorShowsItsLatestClaim() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 1);
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");
        consume(device, "quota", 2);
        fixtures.removeAdministrator(device);

        var data = get(device).data();

        assertThat(data.get("consumed").asInt()).isEqualTo(1);
        assertThat(data.get("months").asInt()).isEqualTo(2);
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(get(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void theAdministratorsTokenReads() {
        var device = fixtures.device("admin-a");

        assertThat(callAs("admin-a", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");

        var result = callAs("someone-else", Api.FREECLOUDSTORAGE_GET, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
    }

    @Test
    void withoutAdministratorOnlyTheLatestClaimantsTokenReads() {
        var device = fixtures.device("admin-a");
        consume(device);
        fixtures.removeAdministrator(device);

        assertThat(callAs("admin-a", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
        assertThat(callAs("someone-else", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(460);
    }

    @Test
    void withoutAdministratorOrClaimAnyTokenReads() {
        var device = fixtures.device(null);

        assertThat(callAs("anyone", Api.FREECLOUDSTORAGE_GET, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(call(Api.FREECLOUDSTORAGE_GET), "iotId");
    }

    @Test
    void apiVersionsUpToTheDocumentedOneAreAccepted() {
        var device = fixtures.device("admin-a");
        var envelope = envelope(Api.FREECLOUDSTORAGE_GET, "iotId", device.value());

        assertThat(call(Api.FREECLOUDSTORAGE_GET, envelope.apiVer("1.0.0")).code()).isEqualTo(200);
        assertThat(call(Api.FREECLOUDSTORAGE_GET, envelope.apiVer("1.0.2")).code()).isEqualTo(404);
    }


    @Test
    void isRefusedOverPlainHttp() {
        var result = overPlainHttp(Api.FREECLOUDSTORAGE_GET,
                envelope(Api.FREECLOUDSTORAGE_GET, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
