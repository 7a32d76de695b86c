package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

/** commodity/buy (contract 11.5), with the clock stopped at {@link CloudStorageApiTest#DEFAULT_NOW}. */
class CommodityBuyApiTest extends CloudStorageApiTest {

    static Envelope purchase(IotId device) {
        return envelope(Api.COMMODITY_BUY, "iotId", device.value(), "userName", "Li Lei", "commodityCode",
                "ilopLVCloudResource", "specification", "eventResource_7", "copies", 1);
    }

    ApiResult buy(Envelope envelope) {
        return call(Api.COMMODITY_BUY, envelope);
    }

    // data

    @Test
    void dataHoldsOnlyTheNewOrdersId() {
        var result = buy(purchase(fixtures.device("admin-1")));

        assertThat(result.code()).isEqualTo(200);
        assertThat(keys(result.data())).containsExactly("orderId");
    }

    @Test
    void orderIdIsTheSecondOfPurchaseInTheServiceZoneAndASevenDigitSequence() {
        var orderId = buy(purchase(fixtures.device("admin-1"))).data().get("orderId").asString();

        assertThat(orderId).hasSize(21).matches("[0-9]{21}").startsWith("20240310120506");
    }

    @Test
    void outOrderNoIsANewFifteenDigitNumber() {
        var device = fixtures.device("admin-1");
        var first = order(device, buy(purchase(device)).data().get("orderId").asString());
        var second = order(device, buy(purchase(device)).data().get("orderId").asString());

        assertThat(first.get("outOrderNo").asString()).matches("[0-9]{15}");
        assertThat(second.get("outOrderNo").asString()).matches("[0-9]{15}")
                .isNotEqualTo(first.get("outOrderNo").asString());
    }

    @Test
    void everySuccessfulCallCreatesANewOrder() {
        var device = fixtures.device("admin-1");

        var first = buy(purchase(device)).data().get("orderId").asString();
        var second = buy(purchase(device)).data().get("orderId").asString();

        assertThat(first).isNotEqualTo(second);
    }

    // the new order (rule 3)

    @Test
    void theBoughtOrderIsPaidBoundAndInUseAtOnce() {
        var device = fixtures.device("admin-1");

        var orderId = buy(purchase(device).param("copies", 3).param("userId", "user-42").param("immediateUse", true))
                .data().get("orderId").asString();

        var order = order(device, orderId);
        assertThat(order.get("iotId").asString()).isEqualTo(device.value());
        assertThat(order.get("identityId").asString()).isEqualTo("admin-1");
        assertThat(order.get("commodityCode").asString()).isEqualTo("ilopLVCloudResource");
        assertThat(order.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(order.get("copies").asInt()).isEqualTo(3);
        assertThat(order.get("price").asString()).isEqualTo("3.0");
        assertThat(order.get("userName").asString()).isEqualTo("Li Lei");
        assertThat(order.get("userId").asString()).isEqualTo("user-42");
        assertThat(order.get("orderId").asString()).isEqualTo(orderId);
        assertThat(order.get("status").asInt()).isZero();
        assertThat(order.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(order.get("recordType").asInt()).isEqualTo(2);
        assertThat(order.get("orderType").asInt()).isZero();
        assertThat(order.get("startTime").asString()).isEqualTo("2024-03-10 12:05:06");
        assertThat(order.get("endTime").asString()).isEqualTo("2024-06-10 12:05:06");
        assertThat(order.get("preConsume").asInt()).isZero();
    }

    @Test
    void priceIsTheCatalogPriceTimesCopiesWithAtLeastOneFractionDigit() {
        var device = fixtures.device("admin-1");

        var one = buy(purchase(device)).data().get("orderId").asString();
        var three = buy(purchase(device).param("specification", "fullResource_7").param("copies", 3)).data()
                .get("orderId").asString();
        var two = buy(purchase(device).param("specification", "fullResource_7").param("copies", 2)).data()
                .get("orderId").asString();

        assertThat(order(device, one).get("price").asString()).isEqualTo("1.0");
        assertThat(order(device, three).get("price").asString()).isEqualTo("1.5");
        assertThat(order(device, two).get("price").asString()).isEqualTo("1.0");
    }

    @Test
    void theWindowIsCopiesTimesTheCommoditysMonths() {
        var device = fixtures.device("admin-1");

        var orderId = buy(purchase(device).param("specification", "fullResource_7").param("copies", 2)
                .param("immediateUse", true)).data().get("orderId").asString();

        assertThat(order(device, orderId).get("endTime").asString()).isEqualTo("2024-07-10 12:05:06");
    }

    @Test
    void withoutImmediateUseThePlanStartsAtTheDevicesQueueEnd() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var orderId = buy(purchase(device)).data().get("orderId").asString();

        var order = order(device, orderId);
        assertThat(order.get("startTime").asString()).isEqualTo("2024-04-01 10:00:00");
        assertThat(order.get("endTime").asString()).isEqualTo("2024-05-01 10:00:00");
        assertThat(order.get("status").asInt()).isZero();
        assertThat(order.get("preConsume").asInt()).isZero();
    }

    @Test
    void withImmediateUseThePlanStartsNowBesideTheCurrentOne() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        var orderId = buy(purchase(device).param("immediateUse", "true")).data().get("orderId").asString();

        assertThat(order(device, orderId).get("startTime").asString()).isEqualTo("2024-03-10 12:05:06");
    }

    @Test
    void onADeviceWithoutPlansAQueuedPurchaseStartsNow() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"));

        var orderId = buy(purchase(device)).data().get("orderId").asString();

        assertThat(order(device, orderId).get("startTime").asString()).isEqualTo("2024-03-10 12:05:06");
    }

    @Test
    void operatorSeesTheRecordingSettingsAsGivenOrTheirDefaults() {
        var device = fixtures.device(null);
        var given = buy(purchase(device).param("deviceNoOwner", true).param("enableDefaultPlan", true)
                .param("preRecordDuration", 2).param("recordDuration", "25").param("eventRecordProlong", "true")
                .param("maxRecordFileDuration", 600)).data().get("orderId").asString();
        var defaulted = buy(purchase(device).param("deviceNoOwner", true)).data().get("orderId").asString();

        var givenView = admin(given);
        var defaultView = admin(defaulted);

        assertThat(givenView.status()).isEqualTo(200);
        assertThat(givenView.json().get("identityId").isNull()).isTrue();
        assertThat(givenView.json().get("iotId").asString()).isEqualTo(device.value());
        assertThat(givenView.json().get("recordingSettings").toString()).isEqualTo("{\"enableDefaultPlan\":true,"
                + "\"preRecordDuration\":2,\"recordDuration\":25,\"eventRecordProlong\":true,"
                + "\"maxRecordFileDuration\":600}");
        assertThat(defaultView.json().get("recordingSettings").toString()).isEqualTo("{\"enableDefaultPlan\":false,"
                + "\"preRecordDuration\":5,\"recordDuration\":10,\"eventRecordProlong\":false,"
                + "\"maxRecordFileDuration\":1800}");
    }

    ApiResult admin(String orderId) {
        return operator("/admin/orders/" + orderId);
    }

    // the plan (rule 2)

    @Test
    void aPlanNotInTheCatalogIsNotAvailable() {
        var result = buy(purchase(fixtures.device("admin-1")).param("specification", "eventResource_365"));

        assertThat(result.code()).isEqualTo(29606);
        assertThat(result.message()).isEqualTo("commodity not available");
        assertThat(result.localizedMsg()).isEqualTo("套餐不可购买");
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void aPlanThatMayNotBeBoughtIsNotAvailable() {
        var device = fixtures.device("admin-1");

        var result = buy(purchase(device).param("specification", "fullResource_30").language("en-US"));

        assertThat(result.code()).isEqualTo(29606);
        assertThat(result.localizedMsg()).isEqualTo("commodity not available");
        assertThat(total(device)).isZero();
    }

    int total(IotId device) {
        return call(Api.ORDER_QUERY, "iotId", device.value()).data().get("total").asInt();
    }

    // the device and who buys (rule 1)

    @Test
    void anUnregisteredDeviceDoesNotExist() {
        var result = buy(purchase(new IotId(Fixtures.unique("dev"))));

        assertThat(result.code()).isEqualTo(28560);
        assertThat(result.message()).isEqualTo("device not exist");
    }

    @Test
    void theAdministratorsTokenBuysForTheAdministrator() {
        var device = fixtures.device("admin-1");

        var result = buy(purchase(device).iotToken(token("admin-1")));

        assertThat(result.code()).isEqualTo(200);
        assertThat(order(device, result.data().get("orderId").asString()).get("identityId").asString())
                .isEqualTo("admin-1");
    }

    @Test
    void anotherUsersTokenIsAuthFailedAndBuysNothing() {
        var device = fixtures.device("admin-1");

        var result = buy(purchase(device).iotToken(token("someone-else")));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(result.localizedMsg()).isEqualTo("鉴权失败");
        assertThat(total(device)).isZero();
    }

    @Test
    void anInvalidTokenIsRequestAuthError() {
        var result = buy(purchase(fixtures.device("admin-1")).iotToken("not-a-jwt"));

        assertThat(result.code()).isEqualTo(401);
    }

    @Test
    void aDeviceWithoutAdministratorNeedsDeviceNoOwner() {
        var device = fixtures.device(null);

        var result = buy(purchase(device).iotToken(token("user-x")));

        assertThat(result.code()).isEqualTo(29605);
        assertThat(result.message()).isEqualTo("device has no administrator");
        assertThat(total(device)).isZero();
    }

    @Test
    void onAnOwnerlessDeviceTheTokensIdentityBuys() {
        var device = fixtures.device(null);

        var result = buy(purchase(device).param("deviceNoOwner", "true").iotToken(token("user-x")));

        assertThat(result.code()).isEqualTo(200);
        assertThat(order(device, result.data().get("orderId").asString()).get("identityId").asString())
                .isEqualTo("user-x");
    }

    @Test
    void onAnOwnerlessDeviceWithoutATokenNobodyOwnsThePurchase() {
        var device = fixtures.device(null);

        var result = buy(purchase(device).param("deviceNoOwner", true));

        assertThat(result.code()).isEqualTo(200);
        assertThat(order(device, result.data().get("orderId").asString()).get("identityId").isNull()).isTrue();
    }

    // params

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnceAndBuysNothing() {
        var device = fixtures.device("admin-1");

        var result = buy(envelope(Api.COMMODITY_BUY, "iotId", device.value(), "copies", 101, "immediateUse", "yes",
                "userId", "i".repeat(129)));

        assertParameterError(result, "userName", "commodityCode", "specification", "copies", "immediateUse",
                "userId");
        assertThat(total(device)).isZero();
    }

    // endpoint

    @Test
    void everyVersionUpToTheDocumentedOneIsAccepted() {
        var device = fixtures.device("admin-1");

        assertThat(buy(purchase(device).apiVer("1.0.0")).code()).isEqualTo(200);
        assertThat(buy(purchase(device).apiVer("1.0.7")).code()).isEqualTo(200);
        var newer = buy(purchase(device).apiVer("1.0.9"));
        assertThat(newer.code()).isEqualTo(404);
        assertThat(newer.message()).isEqualTo("service not found. supported apiVer: 1.0.0 - 1.0.8");
    }

    @Test
    void plainHttpIsServed() {
        assertThat(overPlainHttp(Api.COMMODITY_BUY, purchase(fixtures.device("admin-1"))).code()).isEqualTo(200);
    }
}
