package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;


/** freestorage/quota/check (contract 11.14): may the administrator claim, first failure wins; over HTTPS. */
class FreeStorageQuotaCheckApiTest extends FreePlanApiTest {

    @Test
    void aDeviceItsAdministratorMayClaimOnIs200WithNullData() {
        var result = check(fixtures.device("admin-a"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.body()).endsWith("\"data\":null}");
    }

    @Test
    void checkingChangesNothing() {
        var device = fixtures.device("admin-a");
        check(device);
        check(device);

        var stored = adminDevice(device).json();
        assertThat(stored.get("remainQuota").asInt()).isEqualTo(3);
        assertThat(stored.get("claims")).isEmpty();
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(check(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void aDeviceWithoutAdministratorIs29605() {
        assertThat(check(fixtures.device(null)).code()).isEqualTo(29605);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");

        var result = callAs("someone-else", Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(callAs("admin-a", Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorWhoClaimedIs29608() {
        var device = fixtures.device("admin-a");
        consume(device);

        assertThat(check(device).code()).isEqualTo(29608);
    }

    @Test
    void threeClaimantsAre29609ForAFourth() {
        var device = fixtures.device("admin-a");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            consume(device);
        }
        putDevice(device, "{\"ownerIdentityId\":\"admin-d\",\"freeRemainQuota\":5}");

        assertThat(check(device).code()).isEqualTo(29609);
    }

    @Test
    void noMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 3);
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        assertThat(check(device).code()).isEqualTo(29610);
    }

    @Test
    void claimedBeforeWinsOverTheLimitAndTheQuota() {
        var device = fixtures.device("admin-a");
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":1}");
        consume(device);

        assertThat(check(device).code()).isEqualTo(29608);
    }

    @Test
    void theLimitWinsOverTheQuota() {
        var device = fixtures.device("admin-a");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            consume(device);
        }
        putDevice(device, "{\"ownerIdentityId\":\"admin-d\"}");

        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isZero();
        assertThat(check(device).code()).isEqualTo(29609);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(call(Api.FREESTORAGE_QUOTA_CHECK, "iotId", ""), "iotId");
    }

    @Test
    void anotherApiVersionIs404() {
        var envelope = envelope(Api.FREESTORAGE_QUOTA_CHECK, "iotId", "any").apiVer("1.0.1");

        assertThat(call(Api.FREESTORAGE_QUOTA_CHECK, envelope).code()).isEqualTo(404);
    }


    @Test
    void isRefusedOverPlainHttp() {
        var result = overPlainHttp(Api.FREESTORAGE_QUOTA_CHECK,
                envelope(Api.FREESTORAGE_QUOTA_CHECK, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
