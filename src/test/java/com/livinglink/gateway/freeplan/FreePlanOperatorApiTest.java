package com.livinglink.gateway.freeplan;

import static com.livinglink.gateway.freeplan.FreePlanCalls.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The operator API's free-plan additions (contract 11.15): freeRemainQuota and the device with its claims. */
@FreePlanApiTest
class FreePlanOperatorApiTest {

    @Autowired
    FreePlanCalls calls;

    Fixtures fixtures;

    @BeforeEach
    void atTheStartOfMarch() {
        calls.clock().set(NOW);
        fixtures = calls.fixtures();
    }

    @Test
    void aRegisteredDeviceHasTheConfiguredQuotaAndNoClaims() {
        var device = new IotId(Fixtures.unique("dev"));
        assertThat(calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\"}").status()).isEqualTo(201);

        var stored = calls.adminDevice(device);

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("{\"iotId\":\"" + device.value() + "\",\"ownerIdentityId\":\"admin-a\","
                + "\"remainQuota\":3,\"claims\":[]}");
    }

    @Test
    void freeRemainQuotaSetsTheMonthsLeft() {
        var device = fixtures.device("admin-a");

        assertThat(calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":120}").status())
                .isEqualTo(200);

        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(120);
        assertThat(calls.get(device).data().get("remainQuota").asInt()).isEqualTo(120);
    }

    @Test
    void aNewDeviceMayBeRegisteredWithItsQuota() {
        var device = new IotId(Fixtures.unique("dev"));

        assertThat(calls.putDevice(device, "{\"ownerIdentityId\":null,\"freeRemainQuota\":0}").status())
                .isEqualTo(201);

        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isZero();
    }

    @Test
    void freeRemainQuotaOutsideZeroTo120IsRefusedAndChangesNothing() {
        var device = fixtures.device("admin-a");

        var above = calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\",\"freeRemainQuota\":121}");
        var below = calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\",\"freeRemainQuota\":-1}");

        assertThat(above.status()).isEqualTo(400);
        assertThat(above.header("Content-Type")).startsWith("application/problem+json");
        assertThat(below.status()).isEqualTo(400);
        var stored = calls.adminDevice(device).json();
        assertThat(stored.get("remainQuota").asInt()).isEqualTo(3);
        assertThat(stored.get("ownerIdentityId").asString()).isEqualTo("admin-a");
    }

    @Test
    void theDeviceListsItsClaimsOldestFirst() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "quota", 2);
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");
        calls.consume(device);

        var claims = calls.adminDevice(device).json().get("claims");

        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).propertyNames()).containsExactly("identityId", "orderId", "months", "claimedAt");
        assertThat(claims.get(0).get("identityId").asString()).isEqualTo("admin-a");
        assertThat(claims.get(0).get("months").asInt()).isEqualTo(2);
        assertThat(claims.get(1).get("identityId").asString()).isEqualTo("admin-b");
        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isZero();
    }

    @Test
    void anUnknownDeviceIs404() {
        var result = calls.adminDevice(new IotId(Fixtures.unique("dev")));

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.header("Content-Type")).startsWith("application/problem+json");
    }
}
