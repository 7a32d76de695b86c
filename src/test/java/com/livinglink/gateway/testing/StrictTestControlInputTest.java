package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.ApiResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Test control reads its JSON strictly (contract section 12): a number is never read from a fraction, a
 * string or a boolean, a boolean never from a number, and a key it does not know is refused, with a 400
 * problem naming the field, and nothing changes.
 */
@TestControlTest
class StrictTestControlInputTest {

    static final String FAULTS = "/admin/test/faults";
    static final String ORDER = "/admin/test/orders/" + DEMO_BOUND_ORDER;

    @LocalServerPort
    int port;

    Operator operator;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        operator.reset();
    }

    @Test
    void faultTimesWithAFractionIsRefused() {
        assertRefusedNaming(operator.post(FAULTS, "{\"api\":\"get-order\",\"code\":503,\"times\":1.5}"), "times");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @Test
    void faultCodeGivenAsAStringIsRefused() {
        assertRefusedNaming(operator.post(FAULTS, "{\"api\":\"get-order\",\"code\":\"503\"}"), "code");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"api\":\"get-order\",\"code\":503,\"probability\":2}",
        "{\"api\":\"get-order\",\"code\":503,\"probability\":\"0.5\"}",
        "{\"api\":\"get-order\",\"code\":503,\"probability\":true}"})
    void faultProbabilityOutsideZeroToOneOrNotANumberIsRefused(String fault) {
        assertRefusedNaming(operator.post(FAULTS, fault), "probability");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"api\":\"get-order\",\"delayMs\":100.5}", "{\"api\":\"get-order\",\"delayMs\":\"100\"}"})
    void faultDelayThatIsNoWholeNumberIsRefused(String fault) {
        assertRefusedNaming(operator.post(FAULTS, fault), "delayMs");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @Test
    void faultMatchWithAnUnknownKeyIsRefusedNotAFaultThatMatchesEverything() {
        var refused = operator.post(FAULTS, "{\"api\":\"get-order\",\"match\":{\"orderid\":\"x\"},\"code\":503}");

        assertRefusedNaming(refused, "match.orderid");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @Test
    void faultWithAnUnknownKeyIsRefused() {
        assertRefusedNaming(operator.post(FAULTS, "{\"api\":\"get-order\",\"code\":503,\"time\":1}"), "time");
        assertThat(operator.get(FAULTS).json()).isEmpty();
    }

    @Test
    void orderStatePaymentStatusWithAFractionIsRefusedAndChangesNothing() {
        var before = operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body();

        assertRefusedNaming(operator.patch(ORDER, "{\"paymentStatus\":1.5}"), "paymentStatus");
        assertRefusedNaming(operator.patch(ORDER, "{\"paymentStatus\":\"0\"}"), "paymentStatus");

        assertThat(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body()).isEqualTo(before);
    }

    @Test
    void orderStateFrozenGivenAsANumberIsRefused() {
        assertRefusedNaming(operator.patch(ORDER, "{\"frozen\":1}"), "frozen");
        assertRefusedNaming(operator.patch(ORDER, "{\"frozen\":\"true\"}"), "frozen");

        assertThat(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).json().get("frozen").asBoolean()).isFalse();
    }

    @Test
    void orderStateWithAnUnknownKeyIsRefusedAndChangesNothing() {
        var before = operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body();

        assertRefusedNaming(operator.patch(ORDER, "{\"paymentStatus\":0,\"froze\":true}"), "froze");

        assertThat(operator.get("/admin/orders/" + DEMO_BOUND_ORDER).body()).isEqualTo(before);
    }

    @Test
    void orderStateWithAKeyGivenTwiceIsRefused() {
        assertRefusedNaming(operator.patch(ORDER, "{\"paymentStatus\":0,\"paymentStatus\":1}"), "paymentStatus");
    }

    @Test
    void clockChangeWithAnUnknownKeyIsRefused() {
        assertRefusedNaming(operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\",\"zone\":\"UTC\"}"),
                "zone");
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");
    }

    private static void assertRefusedNaming(ApiResult refused, String field) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains(field);
    }
}
