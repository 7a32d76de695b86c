package com.livinglink.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;

/**
 * The request examples of the two seed documents, sent exactly as they stand against the demo profile,
 * give the seed's response shapes. The clock is pinned inside the demo order's month so that it reads as
 * the seed shows it: valid (status 0).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gateway.clock.fixed=2020-09-01T00:00:00Z")
@ActiveProfiles("demo")
@DirtiesContext
class SeedExamplesTest {

    static final String BIND_ORDER_SEED_REQUEST = """
            {
            	"id": "1509086454180",
            	"version": "1.0",
            	"request":{
            		"apiVer": "1.0.0"
            	},
            	"params":{
            		"iotId": "QIuozfUcxRX6frOTO4dKz2****",
            		"orderId": "202210131******040001",
            		"userName": "1581053****",
            		"userId": "1581053****",
            		"enableDefaultPlan":true,
            		"preRecordDuration":5,
            		"recordDuration":10,
            		"eventRecordProlong":false,
            		"maxRecordFileDuration":1800
            	}
            }""";

    static final String GET_ORDER_SEED_REQUEST = """
            {
            	"id": "1509086454180",
            	"version": "1.0",
            	"request":{
            		"apiVer": "1.0.6"
            	},
            	"params":{
            		"iotId": "QIuozfUcxRX6frOTO4dK****",
            		"orderId": "20200731124115****",
            		"deviceNoOwner":false
            	}
            }""";

    @LocalServerPort
    int port;

    @Autowired
    IotTokens iotTokens;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, RequestSigner.DEMO);
    }

    @Test
    void bindOrderSeedRequestSucceedsWithNullData() {
        var result = api.post(ApiClient.BIND, BIND_ORDER_SEED_REQUEST);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(
                "{\"id\":\"1509086454180\",\"code\":200,\"message\":null,\"localizedMsg\":null,\"data\":null}");
    }

    @Test
    void orderGetSeedRequestReturnsTheSeedOrder() {
        var result = api.post(ApiClient.GET, GET_ORDER_SEED_REQUEST);

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.message()).isNull();
        assertThat(result.localizedMsg()).isNull();
        var data = result.data();
        assertThat(data.get("iotId").asString()).isEqualTo("QIuozfUcxRX6frOTO4dK****");
        assertThat(data.get("identityId").asString()).isEqualTo("123");
        assertThat(data.get("commodityCode").asString()).isEqualTo("ilopLVCloudResource");
        assertThat(data.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(data.get("copies").isInt()).isTrue();
        assertThat(data.get("copies").asInt()).isEqualTo(1);
        assertThat(data.get("price").isString()).isTrue();
        assertThat(data.get("price").asString()).isEqualTo("1.0");
        assertThat(data.get("userName").asString()).isEqualTo("123");
        assertThat(data.get("userId").asString()).isEqualTo("123");
        assertThat(data.get("orderId").asString()).isEqualTo("20200731124115****");
        assertThat(data.get("outOrderNo").asString()).isEqualTo("20670001970****");
        assertThat(data.get("status").asInt()).isZero();
        assertThat(data.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(data.get("orderType").asInt()).isZero();
        assertThat(data.get("recordType").asInt()).isEqualTo(2);
        assertThat(data.get("startTime").asString()).isEqualTo("2020-08-25 10:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2020-09-25 10:00:00");
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2020-08-25T02:00:00Z");
        assertThat(data.get("endTimeUTC").asString()).isEqualTo("2020-09-25T02:00:00Z");
        assertThat(data.get("preConsume").asInt()).isEqualTo(7 * 86400 - 2 * 3600);
    }

    @Test
    void theDemoProfileServesTheDescriptionWithTheseAnswersAsItsSuccessExamples() {
        var description = JsonMapper.builder().build()
                .readTree(api.send(api.request("/v3/api-docs").GET().build()).body());
        var bound = api.post(ApiClient.BIND, BIND_ORDER_SEED_REQUEST);
        var read = api.post(ApiClient.GET, GET_ORDER_SEED_REQUEST);

        assertThat(description.at(successExample(ApiClient.BIND))).isEqualTo(bound.json());
        assertThat(description.at(successExample(ApiClient.GET))).isEqualTo(read.json());
    }

    @Test
    void theDemoProfileServesSwaggerUi() {
        var page = api.send(api.request("/swagger-ui/index.html").GET().build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(api.send(api.request("/swagger-ui.html").GET().build()).status()).isEqualTo(302);
    }

    private static String successExample(String path) {
        return "/paths/" + path.replace("/", "~1")
                + "/post/responses/200/content/application~1json;charset=UTF-8/examples/200-success/value";
    }

    @Test
    void anotherUsersTokenGetsTheSeedAuthFailedExample() {
        var token = iotTokens.issue(new IdentityId("someone-else"), Duration.ofMinutes(5));

        var result = api.get(Envelope.get().iotToken(token).param("iotId", "QIuozfUcxRX6frOTO4dK****")
                .param("orderId", "20200731124115****").param("deviceNoOwner", false));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(result.localizedMsg()).isEqualTo("鉴权失败");
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void theAdministratorsTokenReadsTheSeedOrder() {
        var token = iotTokens.issue(new IdentityId("123"), Duration.ofMinutes(5));

        var result = api.get(Envelope.get().iotToken(token).param("iotId", "QIuozfUcxRX6frOTO4dK****")
                .param("orderId", "20200731124115****"));

        assertThat(result.code()).isEqualTo(200);
    }

    @Test
    void theOwnerlessDemoDeviceIsRegisteredWithoutAdministrator() {
        var result = api.bind(Envelope.bind().param("iotId", "demo-device-no-owner")
                .param("orderId", "202210131******040001"));

        assertThat(result.code()).isEqualTo(29605);
        assertThat(result.message()).isEqualTo("device has no administrator");
        assertThat(result.localizedMsg()).isEqualTo("设备未绑定管理员");
    }
}
