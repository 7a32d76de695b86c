package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;


/** The operator API's free-plan additions (contract 11.15): freeRemainQuota and the device with its claims. */
class FreePlanOperatorApiTest extends FreePlanApiTest {

    @Test
    void aRegisteredDeviceHasTheConfiguredQuotaAndNoClaims() {
        var device = new IotId(Fixtures.unique("dev"));
        assertThat(putDevice(device, "{\"ownerIdentityId\":\"admin-a\"}").status()).isEqualTo(201);

        var stored = adminDevice(device);

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("{\"iotId\":\"" + device.value() + "\",\"ownerIdentityId\":\"admin-a\","
                + "\"remainQuota\":3,\"claims\":[]}");
    }

    @Test
    void freeRemainQuotaSetsTheMonthsLeft() {
        var device = fixtures.device("admin-a");

        assertThat(putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":120}").status())
                .isEqualTo(200);

        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(120);
        assertThat(get(device).data().get("remainQuota").asInt()).isEqualTo(120);
    }

    @Test
    void aNewDeviceMayBeRegisteredWithItsQuota() {
        var device = new IotId(Fixtures.unique("dev"));

        assertThat(putDevice(device, "{\"ownerIdentityId\":null,\"freeRemainQuota\":0}").status())
                .isEqualTo(201);

        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isZero();
    }

    @Test
    void freeRemainQuotaOutsideZeroTo120IsRefusedAndChangesNothing() {
        var device = fixtures.device("admin-a");

        var above = putDevice(device, "{\"ownerIdentityId\":\"admin-b\",\"freeRemainQuota\":121}");
        var below = putDevice(device, "{\"ownerIdentityId\":\"admin-b\",\"freeRemainQuota\":-1}");

        assertThat(above.status()).isEqualTo(400);
        assertThat(above.header("Content-Type")).startsWith("application/problem+json");
        assertThat(below.status()).isEqualTo(400);
        var stored = adminDevice(device).json();
        assertThat(stored.get("remainQuota").asInt()).isEqualTo(3);
        assertThat(stored.get("ownerIdentityId").asString()).isEqualTo("admin-a");
    }

    @Test
    void theDeviceListsItsClaimsOldestFirst() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 2);
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");
        consume(device);

        var claims = adminDevice(device).json().get("claims");

        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).propertyNames()).containsExactly("identityId", "orderId", "months", "claimedAt");
        assertThat(claims.get(0).get("identityId").asString()).isEqualTo("admin-a");
        assertThat(claims.get(0).get("months").asInt()).isEqualTo(2);
        assertThat(claims.get(1).get("identityId").asString()).isEqualTo("admin-b");
        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isZero();
    }

    @Test
    void anUnknownDeviceIs404() {
        var result = adminDevice(new IotId(Fixtures.unique("dev")));

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.header("Content-Type")).startsWith("application/problem+json");
    }
}
