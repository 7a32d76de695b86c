package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.FuzzSeed;
import com.livinglink.gateway.support.Mutator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;


/**
 * Property: whatever bytes arrive, reading the envelope and its params either succeeds or fails with the
 * gateway's own exception, never anything else. Bounded by count; the seed is in the assertion message,
 * and {@code -Dfuzz.seed=<seed>} ({@link FuzzSeed}) replays a run.
 */
class EnvelopeFuzzTest {

    static final int TRIES = 3_000;

    static final ApiRoute<FuzzedParams, Void> BIND_ORDER = ApiRoute.post("/vision/customer/cloudstorage/bind/order")
            .id("bind-order").versions("1.0.0", "1.0.0").params(FuzzedParams.class).noData()
            .handler((params, caller) -> null).documented(ApiDocs.named("BindOrder"));

    final EnvelopeReader reader = new EnvelopeReader();
    final ParamsBinder binder = new ParamsBinder(Validation.buildDefaultValidatorFactory().getValidator());

    /** bind/order's kinds of params and rules. */
    record FuzzedParams(@NotNull @Identifier String iotId, @NotNull @Identifier String orderId,
            @MaxCodePoints(128) String userName, @Schema(defaultValue = "true") boolean enableDefaultPlan,
            @Schema(defaultValue = "5") @Min(0) @Max(5) int preRecordDuration,
            @Schema(defaultValue = "1800") @Min(600) @Max(3600) int maxRecordFileDuration) {
    }

    @Test
    void readingAnyBodyFailsOnlyWithAGatewayException() {
        long seed = FuzzSeed.of(EnvelopeFuzzTest.class);
        var mutator = new Mutator(seed);
        var valid = Envelope.bind().param("iotId", "d").param("orderId", "o").param("userName", "n")
                .param("preRecordDuration", 5).param("enableDefaultPlan", true).json();

        for (int i = 0; i < TRIES; i++) {
            var body = mutator.mutate(valid);
            var failure = catchThrowable(() -> readEverything(body));
            if (failure != null) {
                assertThat(failure).as("-Dfuzz.seed=%d, try %d, body %s", seed, i,
                        new String(body, StandardCharsets.UTF_8)).isInstanceOf(GatewayException.class);
            }
        }
    }

    @Test
    void aKeyRepeatedInAnyObjectOfAnEnvelopeIsAlwaysARequestError() {
        long seed = FuzzSeed.of(EnvelopeFuzzTest.class);
        var mutator = new Mutator(seed);
        var valid = Envelope.bind().language("en-US").iotToken("t").param("iotId", "d").param("orderId", "o")
                .param("extra", Map.of("nested", List.of(Map.of("a", 1, "b", "x")))).json();

        for (int i = 0; i < TRIES; i++) {
            var body = mutator.repeatKey(valid);
            var failure = catchThrowable(() -> readEverything(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(failure).as("-Dfuzz.seed=%d, try %d, body %s", seed, i, body)
                    .isInstanceOfSatisfying(GatewayException.class,
                            refused -> assertThat(refused.result()).isEqualTo(ResultCode.REQUEST_ERROR));
        }
    }

    private void readEverything(byte[] body) {
        var request = reader.read(body, BIND_ORDER, ApiExchange.of(new MockHttpServletRequest()));
        binder.bind(request.params(), FuzzedParams.class);
    }
}
