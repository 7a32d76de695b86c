package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /admin/test/clock} (contract section 12): business time moves, the signature window does not. */
@TestControlTest
class ClockControlTest {

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        operator.reset();
    }

    @Test
    void theClockRunsAtRealTimeAfterAReset() {
        var clock = operator.get("/admin/test/clock");

        assertThat(clock.status()).isEqualTo(200);
        assertThat(clock.json().get("mode").asString()).isEqualTo("real");
        assertThat(Instant.parse(clock.json().get("now").asString()))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
    }

    @Test
    void aFixedClockStandsStillAndMovesTheStatusOfAnOrderAcrossItsEnd() {
        var fixed = operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-25T01:00:00Z\"}");

        assertThat(fixed.json().get("mode").asString()).isEqualTo("fixed");
        assertThat(fixed.json().get("now").asString()).isEqualTo("2020-09-25T01:00:00Z");
        assertThat(demoOrder().data().get("status").asInt()).isZero();

        var advanced = operator.put("/admin/test/clock", "{\"advance\":\"PT1H\"}");

        assertThat(advanced.json().get("now").asString()).isEqualTo("2020-09-25T02:00:00Z");
        assertThat(demoOrder().data().get("status").asInt()).isEqualTo(1);
        assertThat(demoOrder().data().get("preConsume").asLong()).isEqualTo(Duration.ofDays(31).toSeconds());
    }

    @Test
    void anOffsetClockIsRealTimeShifted() {
        var shifted = operator.put("/admin/test/clock", "{\"offset\":\"-P2200D\"}");

        assertThat(shifted.json().get("mode").asString()).isEqualTo("offset");
        var expected = Instant.now().minus(Duration.ofDays(2200));
        assertThat(Instant.parse(shifted.json().get("now").asString()))
                .isBetween(expected.minusSeconds(60), expected.plusSeconds(60));
        var advanced = operator.put("/admin/test/clock", "{\"advance\":\"P1D\"}");
        assertThat(Instant.parse(advanced.json().get("now").asString()))
                .isBetween(expected.plus(Duration.ofDays(1)).minusSeconds(60), expected.plus(Duration.ofDays(1))
                        .plusSeconds(60));
    }

    @Test
    void deleteGoesBackToRealTime() {
        operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}");

        var real = operator.delete("/admin/test/clock");

        assertThat(real.status()).isEqualTo(200);
        assertThat(real.json().get("mode").asString()).isEqualTo("real");
        assertThat(demoOrder().data().get("status").asInt()).isEqualTo(1);
    }

    @Test
    void theSignatureWindowKeepsRealTime() {
        operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}");

        var answer = demoOrder();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.data().get("status").asInt()).isZero();
    }

    @Test
    void advancingTheRealClockIsAConflict() {
        var refused = operator.put("/admin/test/clock", "{\"advance\":\"PT1H\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void exactlyOneChangeIsAccepted() {
        assertThat(operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\",\"offset\":\"P1D\"}")
                .status()).isEqualTo(400);
        assertThat(operator.put("/admin/test/clock", "{}").status()).isEqualTo(400);
        assertThat(operator.put("/admin/test/clock", "{\"fixed\":\"yesterday\"}").status()).isEqualTo(400);
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");
    }

    @Test
    void aClockBeyondYear9999IsRefused() {
        for (var beyond : new String[] {"+1000000000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "9999-12-31T16:00:00Z"}) {
            var refused = operator.put("/admin/test/clock", "{\"fixed\":\"" + beyond + "\"}");

            assertRefusedNaming(refused, "fixed");
        }
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");

        var last = operator.put("/admin/test/clock", "{\"fixed\":\"9999-12-31T15:59:59Z\"}");

        assertThat(last.status()).isEqualTo(200);
        assertThat(demoOrder().code()).isEqualTo(200);
    }

    @Test
    void aClockBefore1970IsRefusedYearZeroAndMinusOneIncluded() {
        for (var before : new String[] {"-1000000000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z",
                "0000-06-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
            var refused = operator.put("/admin/test/clock", "{\"fixed\":\"" + before + "\"}");

            assertRefusedNaming(refused, "fixed");
        }
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");
        assertThat(demoOrder().code()).isEqualTo(200);
    }

    @Test
    void anOffsetThatWouldPutTheClockOutsideTheRangeIsRefusedOverflowIncluded() {
        for (var offset : new String[] {"PT2562047788015215H", "P106751991167300D", "-P1000000D", "P3000000D"}) {
            var refused = operator.put("/admin/test/clock", "{\"offset\":\"" + offset + "\"}");

            assertRefusedNaming(refused, "offset");
        }
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");
    }

    @Test
    void anAdvanceThatWouldPutTheClockOutsideTheRangeIsRefusedOverflowIncluded() {
        operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-25T01:00:00Z\"}");

        for (var advance : new String[] {"PT2562047788015215H", "P106751991167300D", "P3000000D", "-P1000000D"}) {
            var refused = operator.put("/admin/test/clock", "{\"advance\":\"" + advance + "\"}");

            assertRefusedNaming(refused, "advance");
        }
        assertThat(operator.get("/admin/test/clock").json().get("now").asString()).isEqualTo("2020-09-25T01:00:00Z");
        assertThat(demoOrder().data().get("status").asInt()).isZero();
    }

    private static void assertRefusedNaming(ApiResult refused, String field) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).startsWith(field + " ")
                .contains("outside the supported time range, 1970-01-01T00:00:00Z to 9999-12-31T15:59:59Z");
    }

    private ApiResult demoOrder() {
        return api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
    }
}
