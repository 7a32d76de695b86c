package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** commodity/check (contract 11.4) over real HTTP, on {@link PaidApiTest}'s catalog of three plans. */
@PaidApiTest
class CommodityCheckApiTest {

    static final String PATH = Api.COMMODITY_CHECK.path();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IotTokens iotTokens;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Envelope check(IotId device, String specification) {
        return Envelope.get().apiVer("1.0.3").param("iotId", device.value())
                .param("commodityCode", "ilopLVCloudResource").param("specification", specification);
    }

    ApiResult post(Envelope envelope) {
        return api.post(PATH, envelope.json());
    }

    String token(String identity) {
        return iotTokens.issue(new IdentityId(identity), Duration.ofMinutes(5));
    }

    @Test
    void dataHoldsExactlyAvailable() {
        var result = post(check(fixtures.device("admin-1"), "eventResource_7"));

        assertThat(result.code()).isEqualTo(200);
        var keys = new ArrayList<String>();
        result.data().propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("available");
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
    void iotIdAndThePlanAreRequired() {
        var result = post(Envelope.get().apiVer("1.0.3").param("iotId", "has space"));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("request parameter error: iotId must not contain whitespace or "
                + "control characters; commodityCode is required; specification is required");
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
        var body = check(fixtures.device("admin-1"), "eventResource_7").json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.TEST_APP.sign(api.request(PATH).header("Content-Type", "application/json"),
                PATH, "application/json", body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(api.send(request).code()).isEqualTo(200);
    }
}
