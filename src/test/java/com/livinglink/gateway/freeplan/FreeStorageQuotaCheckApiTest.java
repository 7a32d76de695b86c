package com.livinglink.gateway.freeplan;

import static com.livinglink.gateway.freeplan.FreePlanCalls.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** freestorage/quota/check (contract 11.14): may the administrator claim, first failure wins; over HTTPS. */
@FreePlanApiTest
class FreeStorageQuotaCheckApiTest {

    @Autowired
    FreePlanCalls calls;

    Fixtures fixtures;

    @BeforeEach
    void atTheStartOfMarch() {
        calls.clock().set(NOW);
        fixtures = calls.fixtures();
    }

    @Test
    void aDeviceItsAdministratorMayClaimOnIs200WithNullData() {
        var result = calls.check(fixtures.device("admin-a"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.body()).endsWith("\"data\":null}");
    }

    @Test
    void checkingChangesNothing() {
        var device = fixtures.device("admin-a");
        calls.check(device);
        calls.check(device);

        var stored = calls.adminDevice(device).json();
        assertThat(stored.get("remainQuota").asInt()).isEqualTo(3);
        assertThat(stored.get("claims")).isEmpty();
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(calls.check(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void aDeviceWithoutAdministratorIs29605() {
        assertThat(calls.check(fixtures.device(null)).code()).isEqualTo(29605);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailed() {
        var device = fixtures.device("admin-a");

        var result = calls.callAs("someone-else", Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(calls.callAs("admin-a", Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorWhoClaimedIs29608() {
        var device = fixtures.device("admin-a");
        calls.consume(device);

        assertThat(calls.check(device).code()).isEqualTo(29608);
    }

    @Test
    void threeClaimantsAre29609ForAFourth() {
        var device = fixtures.device("admin-a");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            calls.putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            calls.consume(device);
        }
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-d\",\"freeRemainQuota\":5}");

        assertThat(calls.check(device).code()).isEqualTo(29609);
    }

    @Test
    void noMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "quota", 3);
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");

        assertThat(calls.check(device).code()).isEqualTo(29610);
    }

    @Test
    void claimedBeforeWinsOverTheLimitAndTheQuota() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":1}");
        calls.consume(device);

        assertThat(calls.check(device).code()).isEqualTo(29608);
    }

    @Test
    void theLimitWinsOverTheQuota() {
        var device = fixtures.device("admin-a");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            calls.putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            calls.consume(device);
        }
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-d\"}");

        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isZero();
        assertThat(calls.check(device).code()).isEqualTo(29609);
    }

    @Test
    void anotherApiVersionIs404() {
        var envelope = FreePlanCalls.envelope(Api.FREESTORAGE_QUOTA_CHECK, "iotId", "any").apiVer("1.0.1");

        assertThat(calls.call(Api.FREESTORAGE_QUOTA_CHECK, envelope).code()).isEqualTo(404);
    }

    @Test
    void isServedOverHttps() {
        var device = fixtures.device("admin-a");

        var answer = calls.overHttps(Api.FREESTORAGE_QUOTA_CHECK,
                FreePlanCalls.envelope(Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).isEqualTo(200);
    }

    @Test
    void isRefusedOverPlainHttp() {
        var result = calls.overPlainHttp(Api.FREESTORAGE_QUOTA_CHECK,
                FreePlanCalls.envelope(Api.FREESTORAGE_QUOTA_CHECK, "iotId", "any"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
    }
}
