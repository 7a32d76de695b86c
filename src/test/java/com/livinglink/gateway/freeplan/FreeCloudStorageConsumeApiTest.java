package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** freecloudstorage/consume (contract 11.11): a claim is a free order, over HTTPS. */
class FreeCloudStorageConsumeApiTest extends FreePlanApiTest {

    @Test
    void aClaimAnswersThePlanAfterIt() {
        var device = fixtures.device("admin-a");

        var result = consume(device, "quota", 2, "immediateUse", true);

        assertThat(result.code()).as(result.body()).isEqualTo(200);
        assertThat(result.data().propertyNames()).containsExactly("type", "lifecycle", "months", "consumed",
                "startTime", "endTime", "expired", "startTimeUTC", "endTimeUTC", "remainQuota");
        assertThat(result.body()).contains("\"data\":{\"type\":2,\"lifecycle\":7,\"months\":2,\"consumed\":1,"
                + "\"startTime\":\"2024-03-01 08:00:00\",\"endTime\":\"2024-05-01 08:00:00\",\"expired\":0,"
                + "\"startTimeUTC\":\"2024-03-01T00:00:00Z\",\"endTimeUTC\":\"2024-05-01T00:00:00Z\","
                + "\"remainQuota\":1}");
    }

    @Test
    void theClaimIsAFreeOrderThatOrderGetReads() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 3, "immediateUse", true);
        var claim = onlyClaim(device);

        var order = getOrder(device, claim.get("orderId").asString()).data();

        assertThat(order.get("orderType").asInt()).isEqualTo(1);
        assertThat(order.get("identityId").asString()).isEqualTo("admin-a");
        assertThat(order.get("commodityCode").asString()).isEqualTo("ilopLVCloudResource");
        assertThat(order.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(order.get("copies").asInt()).isEqualTo(3);
        assertThat(order.get("price").asString()).isEqualTo("0.0");
        assertThat(order.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(order.get("status").asInt()).isZero();
        assertThat(order.get("recordType").asInt()).isEqualTo(2);
        assertThat(order.get("outOrderNo").isNull()).isTrue();
        assertThat(order.get("userName").isNull()).isTrue();
        assertThat(order.get("userId").isNull()).isTrue();
        assertThat(order.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(order.get("endTimeUTC").asString()).isEqualTo("2024-06-01T00:00:00Z");
    }

    @Test
    void theClaimIsRecordedForTheAdministratorAndTakesItsMonthsFromTheQuota() {
        var device = fixtures.device("admin-a");
        consume(device, "quota", 2);

        var stored = adminDevice(device).json();

        assertThat(stored.get("remainQuota").asInt()).isEqualTo(1);
        assertThat(stored.get("claims")).hasSize(1);
        assertThat(stored.get("claims").get(0).get("identityId").asString()).isEqualTo("admin-a");
        assertThat(stored.get("claims").get(0).get("months").asInt()).isEqualTo(2);
        assertThat(stored.get("claims").get(0).get("claimedAt").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void byDefaultOneMonthIsClaimedToStartWhenTheDevicesPlansEnd() {
        var device = fixtures.device("admin-a");
        var paid = fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));
        var paidEnd = getOrder(device, paid.value()).data().get("endTimeUTC").asString();

        var data = consume(device).data();

        assertThat(data.get("months").asInt()).isEqualTo(1);
        assertThat(data.get("remainQuota").asInt()).isEqualTo(2);
        assertThat(data.get("startTimeUTC").asString()).isEqualTo(paidEnd);
        assertThat(getOrder(device, onlyClaim(device).get("orderId").asString()).data().get("preConsume")
                .asInt()).isZero();
    }

    @Test
    void immediateUseStartsNowWhateverTheDeviceHas() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));

        var data = consume(device, "immediateUse", "true").data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void theRecordingSettingsOfTheRequestAreStoredWithTheOrder() {
        var device = fixtures.device("admin-a");
        consume(device, "enableDefaultPlan", true, "preRecordDuration", "3", "recordDuration", 20,
                "eventRecordProlong", true);

        var order = adminOrder(onlyClaim(device).get("orderId").asString());

        assertThat(order.toString()).contains("\"enableDefaultPlan\":true", "\"preRecordDuration\":3",
                "\"recordDuration\":20", "\"eventRecordProlong\":true", "\"maxRecordFileDuration\":1800");
    }

    @Test
    void withoutRecordingSettingsThePlatformsDefaultsAreStored() {
        var device = fixtures.device("admin-a");
        consume(device);

        var order = adminOrder(onlyClaim(device).get("orderId").asString());

        assertThat(order.toString()).contains("\"enableDefaultPlan\":false", "\"preRecordDuration\":5",
                "\"recordDuration\":10", "\"eventRecordProlong\":false", "\"maxRecordFileDuration\":1800");
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnceAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = consume(device, "quota", 4, "preRecordDuration", 6);

        assertParameterError(result, "preRecordDuration", "quota");
        assertThat(adminDevice(device).json().get("claims")).isEmpty();
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(consume(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void aDeviceWithoutAdministratorIs29605() {
        assertThat(consume(fixtures.device(null)).code()).isEqualTo(29605);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailedAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = callAs("someone-else", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(3);
    }

    @Test
    void theAdministratorsTokenClaims() {
        var device = fixtures.device("admin-a");

        assertThat(callAs("admin-a", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void aSecondClaimOfTheSameAdministratorIs29608AndChangesNothing() {
        var device = fixtures.device("admin-a");
        consume(device);

        assertThat(consume(device).code()).isEqualTo(29608);
        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(2);
    }

    @Test
    void anAdministratorWhoseClaimWasFrozenCannotClaimAgain() {
        var device = fixtures.device("admin-a");
        consume(device);
        freeze(device);

        assertThat(consume(device).code()).isEqualTo(29608);
    }

    @Test
    void aFourthIdentityIs29609() {
        var device = fixtures.device("admin-a");
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":10}");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            assertThat(consume(device).code()).isEqualTo(200);
        }
        putDevice(device, "{\"ownerIdentityId\":\"admin-d\"}");

        assertThat(consume(device).code()).isEqualTo(29609);
        assertThat(adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(7);
    }

    @Test
    void aQuotaAboveTheMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":2}");

        assertThat(consume(device, "quota", 3).code()).isEqualTo(29610);
        assertThat(consume(device, "quota", 2).code()).isEqualTo(200);
    }

    @Test
    void noMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":0}");

        assertThat(consume(device).code()).isEqualTo(29610);
    }

    @Test
    void theRulesAreCheckedInTheDocumentedOrder() {
        var device = fixtures.device("admin-a");
        putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":1}");
        consume(device);

        // claimed before (29608) wins over no months left (29610)
        assertThat(consume(device).code()).isEqualTo(29608);
        // another identity's token (460) wins over claimed before
        assertThat(callAs("someone-else", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value())
                .code()).isEqualTo(460);
    }

    @Test
    void apiVersionsUpToTheDocumentedOneAreAccepted() {
        var device = fixtures.device("admin-a");
        var envelope = envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value());

        assertThat(call(Api.FREECLOUDSTORAGE_CONSUME, envelope.apiVer("1.0.5")).code()).isEqualTo(404);
        assertThat(call(Api.FREECLOUDSTORAGE_CONSUME, envelope.apiVer("1.0.3")).code()).isEqualTo(200);
    }


    @Test
    void isRefusedOverPlainHttpAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = overPlainHttp(Api.FREECLOUDSTORAGE_CONSUME,
                envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(adminDevice(device).json().get("claims")).isEmpty();
    }

    private JsonNode onlyClaim(IotId device) {
        var claims = adminDevice(device).json().get("claims");
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    private JsonNode adminOrder(String orderId) {
        return operator("/admin/orders/" + orderId).json();
    }
}
