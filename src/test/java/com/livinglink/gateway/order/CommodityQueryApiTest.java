package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;

import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** commodity/query (contract 11.3) over real HTTP, on {@link PaidApiTest}'s catalog of three plans. */
@PaidApiTest
class CommodityQueryApiTest {

    static final String PATH = Api.COMMODITY_QUERY.path();

    @LocalServerPort
    int port;

    @Autowired
    IotTokens iotTokens;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    ApiResult query(Envelope envelope) {
        return api.post(PATH, envelope.json());
    }

    static Envelope envelope() {
        return Envelope.get().apiVer("1.0.4");
    }

    @Test
    void dataIsAnArrayOfEveryPlanInConfigurationOrderPurchasableOrNot() {
        var data = query(envelope()).data();

        assertThat(data.isArray()).isTrue();
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.get(0).get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(data.get(1).get("specification").asString()).isEqualTo("fullResource_7");
        assertThat(data.get(2).get("specification").asString()).isEqualTo("fullResource_30");
    }

    @Test
    void eachPlanHoldsExactlyTheContractKeysInOrder() {
        var plan = query(envelope()).data().get(0);

        var keys = new ArrayList<String>();
        plan.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("commodityName", "commodityCode", "specification", "recordType", "price",
                "lifecycle", "months");
    }

    @Test
    void eachPlanCarriesItsCatalogValues() {
        var data = query(envelope()).data();

        assertThat(data.get(0).toString()).isEqualTo("{\"commodityName\":\"事件型7天\",\"commodityCode\":"
                + "\"ilopLVCloudResource\",\"specification\":\"eventResource_7\",\"recordType\":2,\"price\":\"1.0\","
                + "\"lifecycle\":7,\"months\":1}");
        assertThat(data.get(1).toString()).isEqualTo("{\"commodityName\":\"连续型7天\",\"commodityCode\":"
                + "\"ilopLVCloudResource\",\"specification\":\"fullResource_7\",\"recordType\":1,\"price\":\"0.5\","
                + "\"lifecycle\":7,\"months\":2}");
    }

    @Test
    void unknownParamsAreIgnored() {
        var result = query(envelope().param("iotId", "QIuozfUcxRX6frOTO4dK****").param("pageNo", "x"));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().size()).isEqualTo(3);
    }

    @Test
    void anyValidTokenMayList() {
        var token = iotTokens.issue(new IdentityId("anyone"), Duration.ofMinutes(5));

        assertThat(query(envelope().iotToken(token)).code()).isEqualTo(200);
    }

    @Test
    void anInvalidTokenIsRequestAuthError() {
        var result = query(envelope().iotToken("not-a-jwt"));

        assertThat(result.code()).isEqualTo(401);
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void everyVersionUpToTheDocumentedOneIsAccepted() {
        assertThat(query(envelope().apiVer("1.0.0")).code()).isEqualTo(200);
        var newer = query(envelope().apiVer("1.0.5"));
        assertThat(newer.code()).isEqualTo(404);
        assertThat(newer.message()).isEqualTo("service not found. supported apiVer: 1.0.0 - 1.0.4");
    }

    @Test
    void plainHttpIsServed() {
        var body = envelope().json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.TEST_APP.sign(api.request(PATH).header("Content-Type", "application/json"),
                PATH, "application/json", body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(api.send(request).code()).isEqualTo(200);
    }
}
