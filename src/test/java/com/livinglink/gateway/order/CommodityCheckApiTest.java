package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

/** commodity/check (contract 11.4), on {@link CloudStorageApiTest}'s catalog of three plans. */
class CommodityCheckApiTest extends CloudStorageApiTest {

    static Envelope check(IotId device, String specification) {
        return envelope(Api.COMMODITY_CHECK, "iotId", device.value(), "commodityCode", "ilopLVCloudResource",
                "specification", specification);
    }

    ApiResult post(Envelope envelope) {
        return call(Api.COMMODITY_CHECK, envelope);
    }

    @Test
    void dataHoldsExactlyAvailable() {
        var result = post(check(fixtures.device("admin-1"), "eventResource_7"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(keys(result.data())).containsExactly("available");
        assertThat(result.data().get("available").isBoolean()).isTrue();
    }

    @Test
    void aPurchasablePlanOfTheCatalogIsAvailable() {
        assertThat(post(check(fixtures.device("admin-1"), "fullResource_7")).data().get("available").asBoolean())
                .isTrue();
    }

    @Test
    void aPlanThatMayNotBeBoughtIsNotAvailable() {
        var result = post(check(fixtures.device("admin-1"), "fullResource_30"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("available").asBoolean()).isFalse();
    }

    @Test
    void anUnknownPlanIsNotAvailableRatherThanAnError() {
        var result = post(check(fixtures.device("admin-1"), "eventResource_365").param("commodityCode", "other"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("available").asBoolean()).isFalse();
    }

    @Test
    void anUnregisteredDeviceDoesNotExist() {
        var result = post(check(new IotId(Fixtures.unique("dev")), "eventResource_7"));

        assertThat(result.code()).isEqualTo(28560);
        assertThat(result.message()).isEqualTo("device not exist");
        assertThat(result.localizedMsg()).isEqualTo("设备不存在");
    }

    @Test
    void theAdministratorsTokenMayAsk() {
        assertThat(post(check(fixtures.device("admin-1"), "eventResource_7").iotToken(token("admin-1"))).code())
                .isEqualTo(200);
    }

    @Test
    void anotherUsersTokenIsAuthFailed() {
        var result = post(check(fixtures.device("admin-1"), "eventResource_7").iotToken(token("someone-else")));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
    }

    @Test
    void onADeviceWithoutAdministratorAnyTokenMayAsk() {
        var result = post(check(fixtures.device(null), "eventResource_7").iotToken(token("someone")));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("available").asBoolean()).isTrue();
    }

    @Test
    void anInvalidTokenIsRequestAuthError() {
        assertThat(post(check(fixtures.device("admin-1"), "eventResource_7").iotToken("not-a-jwt")).code())
                .isEqualTo(401);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(call(Api.COMMODITY_CHECK, "iotId", "has space"), "iotId", "commodityCode",
                "specification");
    }

    @Test
    void everyVersionUpToTheDocumentedOneIsAccepted() {
        var device = fixtures.device("admin-1");

        assertThat(post(check(device, "eventResource_7").apiVer("1.0.0")).code()).isEqualTo(200);
        var newer = post(check(device, "eventResource_7").apiVer("1.0.4"));
        assertThat(newer.code()).isEqualTo(404);
        assertThat(newer.message()).isEqualTo("service not found. supported apiVer: 1.0.0 - 1.0.3");
    }

    @Test
    void plainHttpIsServed() {
        assertThat(overPlainHttp(Api.COMMODITY_CHECK, check(fixtures.device("admin-1"), "eventResource_7")).code())
                .isEqualTo(200);
    }
}
