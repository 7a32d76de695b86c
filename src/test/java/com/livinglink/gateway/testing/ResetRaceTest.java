package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static com.livinglink.gateway.testing.ResetTest.DEMO_UNBOUND_ORDER;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * API calls racing resets (contract section 12) on data the demo profile has both before and after each reset:
 * a call sees the gateway as it was before the reset or as it is after it, never emptied or half reset. Readers
 * and writers that lock a row the reset replaces (bind/order locks the order, freecloudstorage/consume the
 * device) alike: none answers 28560, 29600 or 500 (freecloudstorage/get read a claim before a reset and its
 * order after it). A call may answer 503 when a reset held it longer than what was left of its budget; the
 * codes are printed. Bounded by counts: {@value #RESETS} resets while {@value #CLIENTS} clients call in a loop.
 */
@HttpApiTest
@ActiveProfiles("demo")
abstract class ResetRaceTest {

    static final int RESETS = 40;
    static final int CLIENTS = 4;
    /** A device of the demo data with an administrator, whose free plan a consume claims. */
    static final String DEMO_DEVICE_WITH_FREE_PLAN = "QIuozfUcxRX6frOTO4dKz2****";
    /** 503: a call that a reset held longer than what was left of its budget, on a busy machine. */
    static final int WAITED_PAST_ITS_BUDGET = 503;

    @LocalServerPort
    int port;

    @Test
    void callsRacingResetsSeeTheDemoDataBeforeOrAfterNeverAnEmptyGateway() throws Exception {
        var operator = new Operator(port);
        var api = new ApiClient(port, RequestSigner.DEMO);
        assertThat(operator.reset().status()).isEqualTo(204);
        Map<String, Supplier<ApiResult>> calls = Map.of(
                "get-order", () -> api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId",
                        DEMO_BOUND_ORDER)),
                "bind-order", () -> api.bind(Envelope.bind().param("iotId", DEMO_DEVICE)
                        .param("orderId", DEMO_UNBOUND_ORDER)),
                "freecloudstorage-get", () -> api.post(ApiEndpoint.FREECLOUDSTORAGE_GET.path(),
                        envelope(ApiEndpoint.FREECLOUDSTORAGE_GET).param("iotId", DEMO_DEVICE_WITH_FREE_PLAN).json()),
                "freecloudstorage-consume", () -> api.post(ApiEndpoint.FREECLOUDSTORAGE_CONSUME.path(),
                        envelope(ApiEndpoint.FREECLOUDSTORAGE_CONSUME).param("iotId", DEMO_DEVICE_WITH_FREE_PLAN)
                                .param("quota", 1).json()));
        var names = List.copyOf(new TreeMap<>(calls).keySet());
        var codes = new ConcurrentHashMap<String, Map<Integer, AtomicInteger>>();
        var resetting = new AtomicBoolean(true);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var resetStatuses = new ArrayList<Integer>();
        try {
            var clients = new ArrayList<Future<?>>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                clients.add(pool.submit(() -> {
                    for (int call = first; resetting.get(); call++) {
                        var name = names.get(call % names.size());
                        int code = calls.get(name).get().code();
                        codes.computeIfAbsent(name, key -> new ConcurrentHashMap<>())
                                .computeIfAbsent(code, key -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            for (int reset = 0; reset < RESETS; reset++) {
                resetStatuses.add(operator.reset().status());
            }
            resetting.set(false);
            for (var client : clients) {
                client.get(60, SECONDS);
            }
        }
        finally {
            resetting.set(false);
            pool.shutdownNow();
            pool.awaitTermination(30, SECONDS);
        }

        System.out.printf("%s: %d resets racing calls; codes by API: %s%n", getClass().getSimpleName(), RESETS,
                new TreeMap<>(codes));
        assertThat(resetStatuses).containsOnly(204);
        assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(names);
        names.forEach(name -> assertThat(codes.get(name)).as(name).containsKey(200));
        assertThat(codes.get("get-order").keySet()).isSubsetOf(Set.of(200, WAITED_PAST_ITS_BUDGET));
        assertThat(codes.get("freecloudstorage-get").keySet()).isSubsetOf(Set.of(200, WAITED_PAST_ITS_BUDGET));
        assertThat(codes.get("bind-order").keySet()).isSubsetOf(Set.of(200, WAITED_PAST_ITS_BUDGET));
        // 29608: the administrator claimed the free plan before, between the same two resets.
        assertThat(codes.get("freecloudstorage-consume").keySet())
                .isSubsetOf(Set.of(200, 29608, WAITED_PAST_ITS_BUDGET));
    }

    private static Envelope envelope(ApiEndpoint endpoint) {
        return Envelope.get().apiVer(endpoint.documentedVersion().toString());
    }
}
