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
import tools.jackson.databind.JsonNode;

/** freecloudstorage/consume (contract 11.11): a claim is a free order, over HTTPS. */
@FreePlanApiTest
class FreeCloudStorageConsumeApiTest {

    @Autowired
    FreePlanCalls calls;

    Fixtures fixtures;

    @BeforeEach
    void atTheStartOfMarch() {
        calls.clock().set(NOW);
        fixtures = calls.fixtures();
    }

    @Test
    void aClaimAnswersThePlanAfterIt() {
        var device = fixtures.device("admin-a");

        var result = calls.consume(device, "quota", 2, "immediateUse", true);

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
        calls.consume(device, "quota", 3, "immediateUse", true);
        var claim = onlyClaim(device);

        var order = calls.getOrder(device, claim.get("orderId").asString()).data();

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
        calls.consume(device, "quota", 2);

        var stored = calls.adminDevice(device).json();

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
        var paidEnd = calls.getOrder(device, paid.value()).data().get("endTimeUTC").asString();

        var data = calls.consume(device).data();

        assertThat(data.get("months").asInt()).isEqualTo(1);
        assertThat(data.get("remainQuota").asInt()).isEqualTo(2);
        assertThat(data.get("startTimeUTC").asString()).isEqualTo(paidEnd);
        assertThat(calls.getOrder(device, onlyClaim(device).get("orderId").asString()).data().get("preConsume")
                .asInt()).isZero();
    }

    @Test
    void immediateUseStartsNowWhateverTheDeviceHas() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));

        var data = calls.consume(device, "immediateUse", "true").data();

        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-01T00:00:00Z");
    }

    @Test
    void theRecordingSettingsOfTheRequestAreStoredWithTheOrder() {
        var device = fixtures.device("admin-a");
        calls.consume(device, "enableDefaultPlan", true, "preRecordDuration", "3", "recordDuration", 20,
                "eventRecordProlong", true);

        var order = adminOrder(onlyClaim(device).get("orderId").asString());

        assertThat(order.toString()).contains("\"enableDefaultPlan\":true", "\"preRecordDuration\":3",
                "\"recordDuration\":20", "\"eventRecordProlong\":true", "\"maxRecordFileDuration\":1800");
    }

    @Test
    void withoutRecordingSettingsThePlatformsDefaultsAreStored() {
        var device = fixtures.device("admin-a");
        calls.consume(device);

        var order = adminOrder(onlyClaim(device).get("orderId").asString());

        assertThat(order.toString()).contains("\"enableDefaultPlan\":false", "\"preRecordDuration\":5",
                "\"recordDuration\":10", "\"eventRecordProlong\":false", "\"maxRecordFileDuration\":1800");
    }

    @Test
    void aQuotaOutsideOneToThreeIsAParameterErrorAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = calls.consume(device, "quota", 4, "preRecordDuration", 6);

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("request parameter error: preRecordDuration must be between 0 and 5; "
                + "quota must be between 1 and 3");
        assertThat(calls.adminDevice(device).json().get("claims")).isEmpty();
    }

    @Test
    void anUnregisteredDeviceIs28560() {
        assertThat(calls.consume(new IotId(Fixtures.unique("dev"))).code()).isEqualTo(28560);
    }

    @Test
    void aDeviceWithoutAdministratorIs29605() {
        assertThat(calls.consume(fixtures.device(null)).code()).isEqualTo(29605);
    }

    @Test
    void anotherIdentitysTokenIsAuthFailedAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = calls.callAs("someone-else", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(3);
    }

    @Test
    void theAdministratorsTokenClaims() {
        var device = fixtures.device("admin-a");

        assertThat(calls.callAs("admin-a", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()).code())
                .isEqualTo(200);
    }

    @Test
    void aSecondClaimOfTheSameAdministratorIs29608AndChangesNothing() {
        var device = fixtures.device("admin-a");
        calls.consume(device);

        assertThat(calls.consume(device).code()).isEqualTo(29608);
        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(2);
    }

    @Test
    void anAdministratorWhoseClaimWasFrozenCannotClaimAgain() {
        var device = fixtures.device("admin-a");
        calls.consume(device);
        calls.freeze(device);

        assertThat(calls.consume(device).code()).isEqualTo(29608);
    }

    @Test
    void aFourthIdentityIs29609() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":10}");
        for (var administrator : new String[] {"admin-a", "admin-b", "admin-c"}) {
            calls.putDevice(device, "{\"ownerIdentityId\":\"" + administrator + "\"}");
            assertThat(calls.consume(device).code()).isEqualTo(200);
        }
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-d\"}");

        assertThat(calls.consume(device).code()).isEqualTo(29609);
        assertThat(calls.adminDevice(device).json().get("remainQuota").asInt()).isEqualTo(7);
    }

    @Test
    void aQuotaAboveTheMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":2}");

        assertThat(calls.consume(device, "quota", 3).code()).isEqualTo(29610);
        assertThat(calls.consume(device, "quota", 2).code()).isEqualTo(200);
    }

    @Test
    void noMonthsLeftIs29610() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":0}");

        assertThat(calls.consume(device).code()).isEqualTo(29610);
    }

    @Test
    void theRulesAreCheckedInTheDocumentedOrder() {
        var device = fixtures.device("admin-a");
        calls.putDevice(device, "{\"ownerIdentityId\":\"admin-a\",\"freeRemainQuota\":1}");
        calls.consume(device);

        // claimed before (29608) wins over no months left (29610)
        assertThat(calls.consume(device).code()).isEqualTo(29608);
        // another identity's token (460) wins over claimed before
        assertThat(calls.callAs("someone-else", Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value())
                .code()).isEqualTo(460);
    }

    @Test
    void apiVersionsUpToTheDocumentedOneAreAccepted() {
        var device = fixtures.device("admin-a");
        var envelope = FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value());

        assertThat(calls.call(Api.FREECLOUDSTORAGE_CONSUME, envelope.apiVer("1.0.5")).code()).isEqualTo(404);
        assertThat(calls.call(Api.FREECLOUDSTORAGE_CONSUME, envelope.apiVer("1.0.3")).code()).isEqualTo(200);
    }

    @Test
    void isServedOverHttps() {
        var device = fixtures.device("admin-a");

        var answer = calls.overHttps(Api.FREECLOUDSTORAGE_CONSUME,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("data").get("consumed").asInt()).isEqualTo(1);
    }

    @Test
    void isRefusedOverPlainHttpAndClaimsNothing() {
        var device = fixtures.device("admin-a");

        var result = calls.overPlainHttp(Api.FREECLOUDSTORAGE_CONSUME,
                FreePlanCalls.envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(calls.adminDevice(device).json().get("claims")).isEmpty();
    }

    private JsonNode onlyClaim(IotId device) {
        var claims = calls.adminDevice(device).json().get("claims");
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    private JsonNode adminOrder(String orderId) {
        var api = calls.api();
        return api.send(api.request("/admin/orders/" + orderId)
                .header("Authorization", "Bearer " + FreePlanCalls.ADMIN_TOKEN).GET().build()).json();
    }
}
