package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;


/** freecloudstorage/status/set (contract 11.13): freezing the claim, for good; over HTTPS. */
class FreeCloudStorageStatusSetApiTest extends FreePlanApiTest {

    @Test
    void freezingAnswersThePlanAsFrozen() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true, "quota", 3);

        var result = freeze(device);

        assertThat(result.code()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("\"data\":{\"type\":2,\"lifecycle\":7,\"months\":3,\"consumed\":1,"
                + "\"startTime\":\"2024-03-01 08:00:00\",\"endTime\":\"2024-06-01 08:00:00\",\"expired\":2,"
                + "\"startTimeUTC\":\"2024-03-01T00:00:00Z\",\"endTimeUTC\":\"2024-06-01T00:00:00Z\","
                + "\"remainQuota\":0}");
    }

    @Test
    void theFrozenOrderReadsAsFrozenAndStopsConsuming() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true);
        clock.set(NOW.plus(Duration.ofHours(1)));
        freeze(device);
        clock.set(NOW.plus(Duration.ofDays(3)));
        var orderId = adminDevice(device).json().get("claims").get(0).get("orderId").asString();

        var order = getOrder(device, orderId).data();

        assertThat(order.get("status").asInt()).isEqualTo(2);
        assertThat(order.get("preConsume").asInt()).isEqualTo(3600);
    }

    @Test
    void freezingAgainSucceedsAndChangesNothing() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true);
        var first = freeze(device);
        clock.set(NOW.plus(Duration.ofHours(1)));

        var again = freeze(device);

        assertThat(again.code()).isEqualTo(200);
        assertThat(again.data()).isEqualTo(first.data());
    }

    @Test
    void theClaimStaysCountedAndNoMonthsComeBack() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 2);

        freeze(device);

        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(1);
        assertThat(check(device).code()).isEqualTo(29608);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnceAndFreezesNothing() {
        var device = fixtures.device("admin-a");
        consume(device);

        var result = call(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", device.value(), "status", 0);

        assertParameterError(result, "status");
        assertThat(get(device).data().get("expired").asInt()).isZero();
    }

    @Test
    void theStatusIsCheckedBeforeTheDevice() {
        var result = call(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", Fixtures.unique("dev"),
                "status", "1");

        assertThat(result.code()).isEqualTo(460);
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(freeze(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void noClaimIs29611() {
        assertThat(freeze(fixtures.device("admin-a")).code()).isEqualTo(29611);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailedAndFreezesNothing() {
        var device = fixtures.device("admin-a");
        consume(device);

        var result = callAs("someone-else", Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", device.value(),
                "status", 2);

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(get(device).data().get("expired").asInt()).isZero();
    }

    @Test
    void afterTheOwnerUnbindsTheLatestClaimIsFrozen() {
        var device = fixtures.device("admin-a");
        consume(device);
        fixtures.removeAdministrator(device);

        var result = callAs("admin-a", Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", device.value(),
                "status", 2);

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("expired").asInt()).isEqualTo(2);
    }

    @Test
    void aNewAdministratorWhoHasNotClaimedIs29611AndThePreviousClaimRunsOn() {
        var device = fixtures.device("admin-a");
        consume(device, "immediateUse", true);
        var orderId = adminDevice(device).json().get("claims").get(0).get("orderId").asString();
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        assertThat(freeze(device).code()).isEqualTo(29611);
        assertThat(getOrder(device, orderId).data().get("status").asInt()).isZero();
    }

    @Test
    void anotherApiVersionIs404() {
        var envelope = envelope(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", "any", "status", 2)
                .apiVer("1.0.1");

        assertThat(call(Api.FREECLOUDSTORAGE_STATUS_SET, envelope).code()).isEqualTo(404);
    }


    @Test
    void isRefusedOverPlainHttp() {
        var result = overPlainHttp(Api.FREECLOUDSTORAGE_STATUS_SET,
                envelope(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", "any", "status", 2));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
