package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;


/** freecloudstorage/enable (contract 11.12): a queued claim takes effect now, over HTTPS. */
class FreeCloudStorageEnableApiTest extends FreePlanApiTest {

    @Test
    void aQueuedClaimStartsNowAndKeepsTheLengthOfItsWindow() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        var queued = consume(device, "quota", 2).data();
        assertThat(queued.get("startTimeUTC").asString()).isEqualTo("2024-03-20T00:00:00Z");
        clock.set(NOW.plus(Duration.ofHours(1)));

        var result = enable(device);

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
        consume(device, "immediateUse", true, "quota", 3);

        var result = enable(device);

        assertThat(result.data().propertyNames()).containsExactly("type", "lifecycle", "months", "consumed",
                "startTime", "endTime", "expired", "startTimeUTC", "endTimeUTC");
        assertThat(result.body()).contains("\"data\":{\"type\":2,\"lifecycle\":7,\"months\":3,\"consumed\":1,"
                + "\"startTime\":\"2024-03-01 08:00:00\",\"endTime\":\"2024-06-01 08:00:00\",\"expired\":0,"
                + "\"startTimeUTC\":\"2024-03-01T00:00:00Z\",\"endTimeUTC\":\"2024-06-01T00:00:00Z\"}");
    }

    @Test
    void aClaimInEffectStaysAsItIs() {
        var device = fixtures.device("admin-a");
        var claimed = consume(device, "immediateUse", true).data();
        clock.set(NOW.plus(Duration.ofDays(2)));

        var data = enable(device).data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo(claimed.get("startTimeUTC").asString());
        assertThat(data.get("endTimeUTC").asString()).isEqualTo(claimed.get("endTimeUTC").asString());
    }

    @Test
    void theEnabledOrderIsWhatOrderGetReads() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        consume(device);
        enable(device);
        var orderId = adminDevice(device).json().get("claims").get(0).get("orderId").asString();

        assertThat(getOrder(device, orderId).data().get("startTimeUTC").asString())
                .isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void noClaimIs29611() {
        assertThat(enable(fixtures.device("admin-a")).code()).isEqualTo(29611);
    }

    @Test
    void aNewAdministratorWhoHasNotClaimedIs29611() {
        var device = fixtures.device("admin-a");
        consume(device);
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        assertThat(enable(device).code()).isEqualTo(29611);
    }

    @Test
    void aFrozenClaimIs29603() {
        var device = fixtures.device("admin-a");
        consume(device);
        freeze(device);

        assertThat(enable(device).code()).isEqualTo(29603);
    }

    @Test
    void anEndedClaimIs29604() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true);
        clock.set(NOW.plus(Duration.ofDays(31)));

        assertThat(enable(device).code()).isEqualTo(29604);
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(enable(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");
        consume(device);

        var result = callAs("someone-else", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
    }

    @Test
    void withoutAdministratorTheLatestClaimantEnablesTheirClaim() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        consume(device);
        fixtures.removeAdministrator(device);

        assertThat(callAs("someone-else", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value())
                .code()).isEqualTo(460);
        var result = callAs("admin-a", Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());
        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(call(Api.FREECLOUDSTORAGE_ENABLE, "iotId", 7), "iotId");
    }

    @Test
    void anotherApiVersionIs404() {
        var device = fixtures.device("admin-a");
        var envelope = envelope(Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value())
                .apiVer("1.0.1");

        assertThat(call(Api.FREECLOUDSTORAGE_ENABLE, envelope).code()).isEqualTo(404);
    }


    @Test
    void isRefusedOverPlainHttp() {
        var result = overPlainHttp(Api.FREECLOUDSTORAGE_ENABLE,
                envelope(Api.FREECLOUDSTORAGE_ENABLE, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
