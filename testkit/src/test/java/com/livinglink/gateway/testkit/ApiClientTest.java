package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@GatewayTest
class ApiClientTest {

    @Test
    void readsAnOrderOverPlainHttp(Gateway gateway) {
        gateway.clock().fix(Instant.parse("2020-09-01T00:00:00Z"));

        var answer = gateway.client().call("order/get", Demo.readBoundOrder());

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.requestId()).isNotBlank();
        assertThat(answer.data("status")).isEqualTo(0);
        assertThat(answer.data("identityId")).isEqualTo("123");
        assertThat(gateway.journal().calls("order/get")).singleElement()
                .satisfies(call -> assertThat(call.apiVer()).isEqualTo(Api.GET_ORDER.apiVer()));
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void reachesEachApiAtItsDocumentedVersionOverASchemeItServes(Api api, Gateway gateway) {
        var answer = gateway.client().call(api, Map.of());

        assertThat(answer.httpStatus()).as(answer.body()).isEqualTo(200);
        assertThat(answer.code()).as("neither 403 (plain HTTP refused) nor 404 (apiVer refused)").isNotIn(403, 404);
        assertThat(gateway.journal().calls(api)).singleElement()
                .satisfies(call -> assertThat(call.apiVer()).isEqualTo(api.apiVer()));
    }

    @Test
    void bindsOverHttpsTheApiThatRefusesPlainHttp(Gateway gateway) {
        var answer = gateway.client().call(Api.BIND_ORDER, Demo.bindUnboundOrder());

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.data()).isNull();
        assertThat(gateway.orders().get(Demo.UNBOUND_ORDER).iotId()).isEqualTo(Demo.OTHER_DEVICE);
    }

    @Test
    void echoesTheEnvelopeSentAsItStands(Gateway gateway) {
        var answer = gateway.client().send(Api.GET_ORDER, "{\"id\":\"mine-1\",\"request\":{\"apiVer\":\"1.0.0\"},"
                + "\"params\":{\"iotId\":\"" + Demo.DEVICE + "\",\"orderId\":\"" + Demo.BOUND_ORDER + "\"}}");

        assertThat(answer.id()).isEqualTo("mine-1");
        assertThat(answer.code()).isEqualTo(200);
        assertThat(gateway.journal().calls(Api.GET_ORDER).get(0).apiVer()).isEqualTo("1.0.0");
    }

    @Test
    void anotherAppSignsWithItsOwnSecret(Gateway gateway) {
        var answer = gateway.client("demo-readonly", "demo-readonly-secret").call("bind/order", Demo.bindUnboundOrder());

        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(403);
    }

    @Test
    void aWrongSecretIsRefusedByTheSignatureLayer(Gateway gateway) {
        var answer = gateway.client("demo", "not-the-secret").call("order/get", Demo.readBoundOrder());

        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("I400SG");
        assertThat(answer.errorMessage()).startsWith("Invalid Signature");
        assertThat(answer.code()).isEqualTo(400);
    }

    @Test
    void actsForAUserWithAnIotToken(Gateway gateway) {
        var answer = gateway.client().withIotToken(gateway.iotToken("someone-else"))
                .call("order/get", Demo.readBoundOrder());

        assertThat(answer.code()).isNotEqualTo(200);
        assertThat(gateway.client().withIotToken(gateway.iotToken("123")).call("order/get", Demo.readBoundOrder())
                .code()).isEqualTo(200);
    }

    @Test
    void errorsComeInTheLanguageAskedFor(Gateway gateway) {
        var answer = gateway.client().withLanguage("en-US").call("order/get",
                Map.of("iotId", Demo.DEVICE, "orderId", "no-such-order"));

        assertThat(answer.code()).isEqualTo(29600);
        assertThat(answer.localizedMsg()).isEqualTo(answer.message());
    }
}
