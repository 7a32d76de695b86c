package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static com.livinglink.gateway.testing.ResetTest.DEMO_UNBOUND_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code PATCH /admin/test/orders/{orderId}} (contract section 12): every status of section 4 on demand. */
@TestControlTest
class OrderStateTest {

    static final String PATH = "/admin/test/orders/";

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        operator.reset();
        operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}");
    }

    @Test
    void theAnswerIsExactlyWhatTheOperatorApiThenReads() {
        var patched = operator.patch(PATH + DEMO_BOUND_ORDER, "{\"paymentStatus\":2}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body()).isEqualTo(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body());
    }

    @Test
    void unpaidAndPayingOrdersReadAsStatusThree() {
        operator.patch(PATH + DEMO_BOUND_ORDER, "{\"paymentStatus\":0}");
        assertThat(order().data().get("status").asInt()).isEqualTo(3);
        assertThat(order().data().get("paymentStatus").asInt()).isZero();

        operator.patch(PATH + DEMO_BOUND_ORDER, "{\"paymentStatus\":2}");
        assertThat(order().data().get("status").asInt()).isEqualTo(3);
        assertThat(order().data().get("paymentStatus").asInt()).isEqualTo(2);

        operator.patch(PATH + DEMO_BOUND_ORDER, "{\"paymentStatus\":1}");
        assertThat(order().data().get("status").asInt()).isZero();
    }

    @Test
    void freezingStopsConsumptionAndUnfreezingLiftsIt() {
        var frozen = operator.patch(PATH + DEMO_BOUND_ORDER, "{\"frozen\":true}");
        operator.put("/admin/test/clock", "{\"advance\":\"P1D\"}");

        assertThat(frozen.json().get("frozen").asBoolean()).isTrue();
        assertThat(order().data().get("status").asInt()).isEqualTo(2);
        long stoppedAt = order().data().get("preConsume").asLong();
        assertThat(stoppedAt).isEqualTo(7 * 86_400L - 2 * 3600);

        var unfrozen = operator.patch(PATH + DEMO_BOUND_ORDER, "{\"frozen\":false}");

        assertThat(unfrozen.json().get("frozen").asBoolean()).isFalse();
        assertThat(order().data().get("status").asInt()).isZero();
        assertThat(order().data().get("preConsume").asLong()).isEqualTo(stoppedAt + 86_400L);
    }

    @Test
    void theServicePeriodOfABoundOrderMoves() {
        var moved = operator.patch(PATH + DEMO_BOUND_ORDER,
                "{\"startTime\":\"2020-08-01T00:00:00Z\",\"endTime\":\"2020-08-31T00:00:00Z\"}");

        assertThat(moved.json().get("startTime").asString()).isEqualTo("2020-08-01T00:00:00Z");
        assertThat(moved.json().get("endTime").asString()).isEqualTo("2020-08-31T00:00:00Z");
        assertThat(order().data().get("status").asInt()).isEqualTo(1);
        assertThat(order().data().get("endTimeUTC").asString()).isEqualTo("2020-08-31T00:00:00Z");
    }

    @Test
    void anUnboundOrderHasNoServicePeriodToMove() {
        var refused = operator.patch(PATH + DEMO_UNBOUND_ORDER, "{\"endTime\":\"2020-08-31T00:00:00Z\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(operator.get("/admin/orders/" + DEMO_UNBOUND_ORDER).json().get("endTime").isNull()).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndChangesNothing() {
        var before = operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body();

        var refused = operator.patch(PATH + DEMO_BOUND_ORDER,
                "{\"paymentStatus\":0,\"startTime\":\"2020-08-31T00:00:00Z\",\"endTime\":\"2020-08-01T00:00:00Z\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body()).isEqualTo(before);
    }

    @Test
    void aServicePeriodOutsideTheSupportedRangeIsRefusedNamingTheFieldAndChangesNothing() {
        var before = operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body();

        var endTimes = new String[] {"+1000000000-12-31T23:59:59.999999999Z", "+999999999-01-01T00:00:00Z",
                "9999-12-31T16:00:00Z"};
        for (var endTime : endTimes) {
            var refused = operator.patch(PATH + DEMO_BOUND_ORDER,
                    "{\"paymentStatus\":0,\"endTime\":\"" + endTime + "\"}");

            assertThat(refused.status()).as(endTime).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).startsWith("endTime ")
                    .contains("outside the supported time range");
        }
        var startTimes = new String[] {"-0001-06-01T00:00:00Z", "0000-06-01T00:00:00Z", "1969-12-31T23:59:59Z"};
        for (var startTime : startTimes) {
            var refused = operator.patch(PATH + DEMO_BOUND_ORDER, "{\"startTime\":\"" + startTime + "\"}");

            assertThat(refused.status()).as(startTime).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).startsWith("startTime ");
        }
        assertThat(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body()).isEqualTo(before);
        assertThat(order().code()).isEqualTo(200);
    }

    @Test
    void aServicePeriodMayEndOnTheLastSupportedSecond() {
        var moved = operator.patch(PATH + DEMO_BOUND_ORDER, "{\"endTime\":\"9999-12-31T15:59:59Z\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(order().data().get("endTime").asString()).isEqualTo("9999-12-31 23:59:59");
        assertThat(order().data().get("endTimeUTC").asString()).isEqualTo("9999-12-31T15:59:59Z");
    }

    @Test
    void invalidValuesAreRefused() {
        assertThat(operator.patch(PATH + DEMO_BOUND_ORDER, "{\"paymentStatus\":3}").status()).isEqualTo(400);
        assertThat(operator.patch(PATH + DEMO_BOUND_ORDER, "{\"startTime\":\"soon\"}").status()).isEqualTo(400);
        assertThat(operator.patch(PATH + DEMO_BOUND_ORDER, "{\"frozen\":\"maybe\"}").status()).isEqualTo(400);
    }

    @Test
    void anUnknownOrderIs404() {
        assertThat(operator.patch(PATH + "no-such-order", "{\"paymentStatus\":0}").status()).isEqualTo(404);
    }

    private ApiResult order() {
        return api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
    }
}
