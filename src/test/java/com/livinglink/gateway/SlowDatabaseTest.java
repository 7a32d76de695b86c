package com.livinglink.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.ImportedOrder;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.DatabaseBehindProxy;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.PostgresDatabase;
import com.livinglink.gateway.support.PostgresTest;
import com.livinglink.gateway.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database is slow, not gone (contract section 1: the budget is the request's, not each wait's): every
 * packet between the gateway and PostgreSQL is held back a while by a {@link TcpProxy}, so that each of a
 * bind's statements answers in time on its own but together they would pass 3000 ms. Every answer of bind/order
 * and order/get still comes within the budget, as 503 {@code service not available.} when the work cannot be
 * done in it, and every bind acknowledged with 200 is in the database afterwards.
 * <p>
 * Needs PostgreSQL ({@value PostgresDatabase#URL_VARIABLE}); {@code .ci/run} sets it.
 */
@PostgresTest
class SlowDatabaseTest {

    static final Duration BUDGET = Duration.ofMillis(3000);
    static final int CLIENTS = 4;
    static final int DEVICES = 8;
    static final Duration PHASE = Duration.ofSeconds(6);
    /** Held back per packet, each way: a statement's round trip takes at least twice as long. */
    static final List<Duration> DELAYS = List.of(Duration.ofMillis(60), Duration.ofMillis(200), Duration.ofMillis(350),
            Duration.ofMillis(700));

    static PostgresDatabase database;
    static TcpProxy proxy;
    static GatewayInstance gateway;

    @BeforeAll
    static void start(PostgresDatabase schema) {
        database = schema;
        var behindProxy = new DatabaseBehindProxy(schema);
        proxy = behindProxy.proxy();
        var arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
        arguments.addAll(behindProxy.arguments());
        gateway = GatewayInstance.start(arguments).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        proxy.close();
    }

    @Test
    void everyAnswerComesWithinTheBudgetAsServiceNotAvailableWhenTheDatabaseIsTooSlowAndNoBindIsLost()
            throws Exception {
        var fixtures = gateway.fixtures();
        var devices = IntStream.range(0, DEVICES).mapToObj(i -> fixtures.device("slow-admin-" + i)).toList();
        var traffic = new Traffic(devices, importPaidOrders(1500));
        warmUp(devices.get(0), traffic);
        traffic.start();
        for (var delay : DELAYS) {
            traffic.phase(delay.toMillis() + " ms");
            proxy.delay(delay);
            Thread.sleep(PHASE.toMillis());
        }
        traffic.stop();
        proxy.delay(Duration.ZERO);
        gateway.awaitReady();

        var outcomes = traffic.outcomes();
        traffic.report();
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.failure()).as("transport failure of %s", outcome).isNull();
            assertThat(outcome.code()).as("code of %s", outcome).isIn(200, 503);
            assertThat(outcome.message()).as("message of %s", outcome)
                    .isEqualTo(outcome.code() == 503 ? "service not available." : null);
            assertThat(outcome.millis()).as("answer time of %s", outcome).isLessThan(BUDGET.toMillis());
        });
        assertThat(outcomes).filteredOn(outcome -> outcome.phase().equals(DELAYS.get(0).toMillis() + " ms"))
                .extracting(Outcome::code).contains(200);
        assertThat(outcomes).filteredOn(outcome -> !outcome.bind()).extracting(Outcome::code).contains(200);
        assertThat(outcomes).filteredOn(outcome -> outcome.phase().equals(DELAYS.get(DELAYS.size() - 1).toMillis()
                + " ms")).extracting(Outcome::code).contains(503);
        assertThat(boundInDatabase()).containsAllEntriesOf(outcomes.stream()
                .filter(outcome -> outcome.bind() && outcome.code() == 200)
                .collect(Collectors.toMap(Outcome::orderId, Outcome::iotId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(gateway.client()
                .bind(Envelope.bind().param("iotId", devices.get(0).value()).param("orderId", traffic.unused()))
                .code()).isEqualTo(200));
    }

    /**
     * The first calls of a fresh gateway load classes and compile code, which no budget bounds: they are made
     * before the measured traffic, on a database that is not slowed.
     */
    private static void warmUp(IotId device, Traffic traffic) {
        var client = gateway.client();
        for (int i = 0; i < 20; i++) {
            var orderId = traffic.unused();
            client.bind(Envelope.bind().param("iotId", device.value()).param("orderId", orderId));
            client.get(Envelope.get().param("iotId", device.value()).param("orderId", orderId));
        }
    }

    private static List<String> importPaidOrders(int count) {
        var orders = IntStream.range(0, count).mapToObj(i -> "slow-" + i + "-" + System.nanoTime()).toList();
        var result = gateway.bean(OrderImportService.class).importOrders(orders.stream()
                .map(id -> new ImportedOrder(id, "ilopLVCloudResource", "eventResource_7", 1, null, "slow", 1, null, null))
                .toList());
        assertThat(result.created()).isEqualTo(count);
        return orders;
    }

    private static Map<String, String> boundInDatabase() throws SQLException {
        var bound = new HashMap<String, String>();
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select order_id, iot_id from cloud_order where iot_id is not null")) {
            while (rows.next()) {
                bound.put(rows.getString(1), rows.getString(2));
            }
        }
        return bound;
    }

    /** One answer: in which phase its call started, which call, its code, message and time. */
    record Outcome(String phase, boolean bind, String orderId, String iotId, int code, String message, long millis,
            Exception failure) {
    }

    /** Clients that bind fresh orders and read each bound one back, one call after another, until stopped. */
    static final class Traffic {

        private final List<IotId> devices;
        private final List<String> orders;
        private final AtomicInteger nextOrder = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final List<Thread> clients = new ArrayList<>();
        private volatile String phase = "healthy";

        Traffic(List<IotId> devices, List<String> orders) {
            this.devices = devices;
            this.orders = orders;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                var client = new Thread(this::run, "slow-database-client-" + i);
                clients.add(client);
                client.start();
            }
        }

        void phase(String name) {
            phase = name;
        }

        String unused() {
            return orders.get(nextOrder.getAndIncrement());
        }

        private void run() {
            var client = gateway.client();
            while (running.get()) {
                var orderId = unused();
                var iotId = devices.get(Math.floorMod(orderId.hashCode(), devices.size())).value();
                var bound = call(true, orderId, iotId, () -> client.bind(Envelope.bind().param("iotId", iotId)
                        .param("orderId", orderId)));
                if (bound.code() == 200) {
                    call(false, orderId, iotId, () -> client.get(Envelope.get().param("iotId", iotId)
                            .param("orderId", orderId)));
                }
            }
        }

        private Outcome call(boolean bind, String orderId, String iotId, Supplier<ApiResult> request) {
            var startedIn = phase;
            long started = System.nanoTime();
            Outcome outcome;
            try {
                var result = request.get();
                outcome = new Outcome(startedIn, bind, orderId, iotId, result.code(), result.message(),
                        (System.nanoTime() - started) / 1_000_000, null);
            }
            catch (RuntimeException failure) {
                outcome = new Outcome(startedIn, bind, orderId, iotId, -1, null, (System.nanoTime() - started) / 1_000_000,
                        failure);
            }
            outcomes.add(outcome);
            return outcome;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (var client : clients) {
                client.join(Duration.ofSeconds(30).toMillis());
            }
        }

        List<Outcome> outcomes() {
            return List.copyOf(outcomes);
        }

        /** Per phase and call: how many answers of each code, and the slowest. */
        void report() {
            var byPhase = outcomes.stream().collect(Collectors.groupingBy(Outcome::phase, LinkedHashMap::new,
                    Collectors.toList()));
            byPhase.forEach((name, inPhase) -> {
                for (boolean bind : new boolean[] {true, false}) {
                    var calls = inPhase.stream().filter(outcome -> outcome.bind() == bind).toList();
                    System.out.printf("slow database, delay %-7s %-10s: %4d answers, codes %s, slowest %d ms%n", name,
                            bind ? "bind/order" : "order/get", calls.size(), calls.stream().collect(Collectors
                                    .groupingBy(Outcome::code, TreeMap::new, Collectors.counting())),
                            calls.stream().mapToLong(Outcome::millis).max().orElse(0));
                }
            });
            System.out.printf("slow database: worst answer %d ms of %d%n",
                    outcomes.stream().mapToLong(Outcome::millis).max().orElse(0), outcomes.size());
        }
    }
}
