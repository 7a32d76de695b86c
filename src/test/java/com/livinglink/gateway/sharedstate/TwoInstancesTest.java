package com.livinglink.gateway.sharedstate;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderService;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Burst;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.PostgresDatabase;
import com.livinglink.gateway.support.PostgresTest;
import com.livinglink.gateway.support.RequestSigner;
import com.livinglink.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two gateway instances, as behind a load balancer: one PostgreSQL schema and one Redis namespace shared by
 * both, each instance on the production settings ({@code postgres} profile). Whatever an app does through
 * one instance counts on the other.
 * <p>
 * Needs PostgreSQL ({@value PostgresDatabase#URL_VARIABLE}) and Redis ({@value TestRedis#URL_VARIABLE});
 * {@code .ci/run} sets both.
 */
@PostgresTest
@EnabledIfEnvironmentVariable(named = TestRedis.URL_VARIABLE, matches = ".+")
class TwoInstancesTest {

    static final RequestSigner LIMITED_APP = new RequestSigner("limited-app", "limited-app-secret");
    static final int CONCURRENT_BINDS = 8;

    static final TestRedis redis = new TestRedis();
    static GatewayInstance a;
    static GatewayInstance b;

    @BeforeAll
    static void startTwoInstances(PostgresDatabase database) {
        var arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--gateway.security.apps[0].key=test-app", "--gateway.security.apps[0].secret=test-app-secret",
                "--gateway.security.apps[0].apis=bind-order,get-order",
                "--gateway.security.apps[1].key=" + LIMITED_APP.appKey(),
                "--gateway.security.apps[1].secret=" + LIMITED_APP.secret(),
                "--gateway.security.apps[1].apis=get-order", "--gateway.security.apps[1].rate-limit=1"));
        arguments.addAll(database.arguments());
        arguments.addAll(redis.arguments());
        a = GatewayInstance.start(arguments).awaitReady();
        b = GatewayInstance.start(arguments).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        redis.clean();
    }

    @Test
    void ofConcurrentBindsOfOneOrderThroughBothInstancesExactlyOneSucceeds() throws Exception {
        var fixtures = a.fixtures();
        var order = fixtures.paidOrder();
        var devices = IntStream.range(0, CONCURRENT_BINDS).mapToObj(i -> fixtures.device("admin-" + i)).toList();
        var startGate = new CyclicBarrier(CONCURRENT_BINDS);
        var pool = Executors.newFixedThreadPool(CONCURRENT_BINDS);
        var codes = new ArrayList<Integer>();
        try {
            var futures = IntStream.range(0, CONCURRENT_BINDS).mapToObj(i -> pool.submit(() -> {
                var instance = i % 2 == 0 ? a : b;
                startGate.await(30, SECONDS);
                return instance.client().bind(Envelope.bind().param("iotId", devices.get(i).value())
                        .param("orderId", order.value())).code();
            })).toList();
            for (var future : futures) {
                codes.add(future.get(60, SECONDS));
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .containsOnly(entry(200, 1L), entry(29601, (long) CONCURRENT_BINDS - 1));
        int winner = codes.indexOf(200);
        var stored = b.bean(OrderService.class).find(order).orElseThrow();
        assertThat(stored.iotId()).contains(devices.get(winner));
        assertThat(stored.identityId()).contains(new IdentityId("admin-" + winner));
    }

    @Test
    void nonceUsedOnOneInstanceIsRefusedOnTheOther() {
        var nonce = UUID.randomUUID().toString();
        long timestamp = System.currentTimeMillis();

        var first = sendWithNonce(a.client(), nonce, timestamp);
        var replay = sendWithNonce(b.client(), nonce, timestamp);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.code()).isEqualTo(29600);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.header("X-Ca-Error-Code")).isEqualTo("I400NC");
        assertThat(replay.header("X-Ca-Error-Message")).isEqualTo("Nonce Used");
    }

    @Test
    void aNonceIsRememberedForFifteenMinutes() {
        var nonce = UUID.randomUUID().toString();
        assertThat(sendWithNonce(a.client(), nonce, System.currentTimeMillis()).code()).isEqualTo(29600);

        long millisToLive = redis.inspect(commands -> commands.pttl(redis.prefix() + "nonce:test-app:" + nonce));

        assertThat(millisToLive).isBetween(14 * 60_000L, 15 * 60_000L);
    }

    /**
     * One request a second for the app as a whole, with a burst of one: of two calls at once, one through each
     * instance, one is refused, where two limiters of their own would each admit theirs. Only a pair answered
     * within the second the allowance takes to refill is judged, and each pair waits for the refill first.
     */
    @Test
    void rateLimitIsSharedByTheInstances() {
        // Warm both instances up with another app, so that the limited app's calls follow each other closely.
        a.client().get(unknownOrder());
        b.client().get(unknownOrder());
        var clients = List.of(a.client(LIMITED_APP), b.client(LIMITED_APP));

        List<ApiResult> pair = null;
        for (int attempt = 1; attempt <= 10 && pair == null; attempt++) {
            await("the allowance's refill").pollDelay(Duration.ofMillis(1100)).until(() -> true);
            long started = System.nanoTime();
            var results = Burst.of(2, i -> clients.get(i).get(unknownOrder()));
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) < 0) {
                pair = results;
            }
        }

        assertThat(pair).as("a pair of calls answered within a second, in ten tries").isNotNull();
        assertThat(pair).extracting(ApiResult::status).containsExactlyInAnyOrder(200, 429);
        var refused = pair.stream().filter(result -> result.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header("X-Ca-Error-Code")).isEqualTo("I429FC");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    private static Envelope unknownOrder() {
        return Envelope.get().param("iotId", new IotId("no-device").value()).param("orderId", "no-such-order");
    }

    private static ApiResult sendWithNonce(ApiClient client, String nonce, long timestamp) {
        var body = unknownOrder().json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.TEST_APP.sign(client.request(ApiClient.GET).header("X-Forwarded-Proto", "https"),
                ApiClient.GET, "application/json", body, timestamp, nonce)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(request.build());
    }
}
