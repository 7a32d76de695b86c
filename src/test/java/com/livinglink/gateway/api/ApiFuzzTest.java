package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.FuzzSeed;
import com.livinglink.gateway.support.Mutator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Property, over real HTTP: a signed request with any body, content type and language never gets a 5xx,
 * always gets an envelope with a code of the contract, and never shows a stack trace. Bounded by count; the
 * seed is in the assertion message, and {@code -Dfuzz.seed=<seed>} ({@link FuzzSeed}) replays a run.
 */
@HttpApiTest
class ApiFuzzTest {

    static final int TRIES = 400;
    static final Set<Integer> CONTRACT_CODES = Set.of(200, 400, 401, 403, 404, 405, 413, 429, 460, 28560, 29600,
            29601, 29602, 29603, 29604, 29605);
    static final String[] CONTENT_TYPES = {"application/json", "application/octet-stream; charset=utf-8",
            "application/json; charset=gbk", "text/plain", "application/x-www-form-urlencoded", ";;;"};

    @LocalServerPort
    int port;

    @Test
    void anySignedRequestGetsAContractEnvelopeAndNoServerError() {
        long seed = FuzzSeed.of(ApiFuzzTest.class);
        var random = new Random(seed);
        var mutator = new Mutator(seed);
        var api = new ApiClient(port);
        var valid = Envelope.bind().param("iotId", "d").param("orderId", "o").param("preRecordDuration", 3).json();

        for (int i = 0; i < TRIES; i++) {
            var body = mutator.mutate(valid);
            var path = random.nextBoolean() ? ApiClient.BIND : ApiClient.GET;
            var result = api.post(path, body, "Content-Type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)],
                    "Accept-Language", acceptLanguage(random, mutator));

            var what = "-Dfuzz.seed=%d, try %d, body %s".formatted(seed, i, new String(body, StandardCharsets.UTF_8));
            assertThat(result.status()).as(what).isLessThan(500);
            assertThat(result.json()).as(what).isNotNull();
            assertThat(CONTRACT_CODES).as(what).contains(result.code());
            assertThat(result.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** Short garbage, or a list of up to 60 entries (the servlet container's own parser stops at 10). */
    private static String acceptLanguage(Random random, Mutator mutator) {
        if (random.nextBoolean()) {
            return mutator.text(12).replaceAll("[^\\x20-\\x7e]", "x");
        }
        var entries = new StringBuilder("en-US");
        for (int i = random.nextInt(60); i > 0; i--) {
            entries.append(',').append(mutator.text(6).replaceAll("[^\\x20-\\x7e]", "x").replace(",", ""));
        }
        return entries.toString();
    }
}
