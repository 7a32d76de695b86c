package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A reset loads the fixture file named by {@code gateway.testing.fixture} (contract section 12). */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + Operator.DEMO_TOKEN, "gateway.testing.enabled=true",
        "gateway.testing.fixture=classpath:testing/fixture.json", "gateway.clock.fixed=2024-01-11T00:00:00Z"})
class FixtureResetTest {

    @LocalServerPort
    int port;

    @Test
    void resetLoadsTheDevicesOrdersAndBindingsOfTheFixture() {
        var operator = new Operator(port);
        assertThat(operator.put("/admin/devices/leftover", "{\"ownerIdentityId\":null}").status()).isIn(200, 201);
        assertThat(operator.get("/admin/devices/leftover").status()).isEqualTo(200);

        assertThat(operator.reset().status()).isEqualTo(204);

        var bound = operator.get("/admin/orders/fixture-bound").json();
        assertThat(bound.get("iotId").asString()).isEqualTo("fixture-device");
        assertThat(bound.get("identityId").asString()).isEqualTo("fixture-admin");
        assertThat(bound.get("userName").asString()).isEqualTo("Ann");
        assertThat(bound.get("price").asString()).isEqualTo("9.9");
        assertThat(bound.get("startTime").asString()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(bound.get("endTime").asString()).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(operator.get("/admin/orders/fixture-unbound").json().get("copies").asInt()).isEqualTo(2);
        var api = new ApiClient(port);
        var read = api.get(Envelope.get().param("iotId", "fixture-device").param("orderId", "fixture-bound"));
        assertThat(read.code()).isEqualTo(200);
        assertThat(read.data().get("status").asInt()).isZero();
        assertThat(read.data().get("preConsume").asLong()).isEqualTo(10 * 86_400L);
        assertThat(operator.get("/admin/devices/leftover").status()).isEqualTo(404);
        assertThat(api.bind(Envelope.bind().param("iotId", "leftover").param("orderId", "fixture-unbound")).code())
                .isEqualTo(28560);
    }

    @Test
    void resetRestoresTheClockTheGatewayStartedWith() {
        var operator = new Operator(port);
        assertThat(operator.put("/admin/test/clock", "{\"fixed\":\"2030-01-01T00:00:00Z\"}").status()).isEqualTo(200);
        assertThat(operator.get("/admin/test/clock").json().get("now").asString()).isEqualTo("2030-01-01T00:00:00Z");

        assertThat(operator.reset().status()).isEqualTo(204);

        var clock = operator.get("/admin/test/clock").json();
        assertThat(clock.get("mode").asString()).isEqualTo("fixed");
        assertThat(clock.get("now").asString()).isEqualTo("2024-01-11T00:00:00Z");
    }
}
