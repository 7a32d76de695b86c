package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.livinglink.gateway.api.ApiRoutes;
import com.livinglink.gateway.api.SignatureRefusalException;
import com.livinglink.gateway.support.FuzzSeed;
import com.livinglink.gateway.support.Mutator;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Property: whatever headers, query string and body a request carries, the signature layer either accepts
 * it or refuses it with a {@link SignatureRefusalException}; nothing else escapes. Bounded by count; the seed
 * is in the assertion message, and {@code -Dfuzz.seed=<seed>} ({@link FuzzSeed}) replays a run.
 */
class SignatureFuzzTest {

    static final int TRIES = 5_000;
    static final List<String> HEADERS = List.of("X-Ca-Key", "X-Ca-Signature", "X-Ca-Signature-Headers",
            "X-Ca-Timestamp", "X-Ca-Nonce", "X-Ca-Signature-Method", "Content-MD5", "Content-Type", "Accept", "Date");

    final SignatureVerifier verifier = new SignatureVerifier(new AppRegistry(new SecurityProperties(
            List.of(new App("demo", "demo-secret", Set.of(App.EVERY_API), 0, true))), new ApiRoutes(List.of())),
            new InMemoryNonceStore(Clock.systemUTC()));

    @Test
    void anyRequestIsAcceptedOrRefusedBySignatureLayer() {
        long seed = FuzzSeed.of(SignatureFuzzTest.class);
        var random = new Random(seed);
        var mutator = new Mutator(seed);

        for (int i = 0; i < TRIES; i++) {
            var request = new MockHttpServletRequest("POST", "/vision/customer/cloudstorage/order/get");
            for (var header : HEADERS) {
                if (random.nextInt(4) > 0) {
                    request.addHeader(header, headerValue(header, random, mutator));
                }
            }
            if (random.nextBoolean()) {
                request.setQueryString(mutator.text(40));
            }
            var body = mutator.mutate("{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{}}");

            var failure = catchThrowable(() -> verifier.verify(request, body));

            if (failure != null) {
                assertThat(failure).as("-Dfuzz.seed=%d, try %d, body %s", seed, i,
                        new String(body, StandardCharsets.UTF_8)).isInstanceOf(SignatureRefusalException.class);
            }
        }
    }

    private static String headerValue(String header, Random random, Mutator mutator) {
        if (random.nextBoolean()) {
            return mutator.text(60);
        }
        return switch (header) {
            case "X-Ca-Key" -> random.nextBoolean() ? "demo" : "";
            case "X-Ca-Timestamp" -> String.valueOf(System.currentTimeMillis() + random.nextInt(2_000_000) - 1_000_000);
            case "X-Ca-Signature-Headers" -> random.nextBoolean() ? "x-ca-key,x-ca-nonce,x-ca-timestamp"
                    : ",,X-CA-KEY , x-ca-nonce,accept,x-ca-timestamp,,";
            case "X-Ca-Signature-Method" -> random.nextBoolean() ? "HmacSHA1" : "HmacMD5";
            case "Content-Type" -> random.nextBoolean() ? "application/x-www-form-urlencoded" : "application/json";
            default -> mutator.value();
        };
    }
}
