package com.livinglink.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while requests flow, and comes back (contract section 1: every request is answered
 * within 3000 ms, with 503 when the database cannot answer in time; nothing hangs). The gateway runs on the
 * production settings ({@code postgres} profile) and reaches PostgreSQL through a {@link TcpProxy} that the
 * test blackholes (a frozen server or a partition: connections stay open, nothing comes back) and cuts
 * (the server went away: connections are closed and refused).
 * <p>
 * Needs PostgreSQL ({@value PostgresDatabase#URL_VARIABLE}); {@code .ci/run} sets it.
 */
@PostgresTest
class DatabaseOutageTest {

    static final Duration BUDGET = Duration.ofMillis(3000);
    static final int CLIENTS = 4;
    static final int DEVICES = 20;
    static final int ORDERS = 5000;

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
        gateway = GatewayInstance.start(arguments);
    }

    @AfterEach
    void databaseIsBack() {
        proxy.restore();
        awaitReadiness(200, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        proxy.close();
    }

    @Test
    void duringAnOutageEveryAnswerIsServiceNotAvailableWithinTheBudgetAndAfterItBindsSucceedAgain()
            throws Exception {
        var fixtures = gateway.fixtures();
        var devices = IntStream.range(0, DEVICES).mapToObj(i -> fixtures.device("admin-" + i)).toList();
        var orders = importPaidOrders(ORDERS);
        var traffic = new Traffic(devices, orders);
        traffic.start();

        // Phases of a set length under steady traffic, so that every client meets each of them.
        Thread.sleep(2000);
        var blackholed = traffic.mark("blackhole");
        proxy.blackhole();
        Thread.sleep(5000);
        traffic.mark("cut");
        proxy.cut();
        Thread.sleep(4000);
        var restored = traffic.mark("restored");
        proxy.restore();
        boolean recovered = traffic.awaitSuccessesAfter(restored, 20, Duration.ofSeconds(30));
        traffic.stop();

        var outcomes = traffic.outcomes();
        traffic.report();
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.failure()).as("transport failure of %s", outcome).isNull();
            assertThat(outcome.code()).as("code of %s", outcome).isIn(200, 503);
            assertThat(outcome.millis()).as("answer time of %s", outcome).isLessThan(BUDGET.toMillis());
        });
        assertThat(outcomes).filteredOn(outcome -> outcome.sequence() > blackholed && outcome.sequence() < restored)
                .extracting(Outcome::code).contains(503);
        assertThat(recovered).as("binds succeed again after the outage").isTrue();
        assertThat(boundInDatabase()).containsAllEntriesOf(outcomes.stream()
                .filter(outcome -> outcome.bind() && outcome.code() == 200)
                .collect(Collectors.toMap(Outcome::orderId, Outcome::iotId)));
    }

    @Test
    void readinessGoesDownWhenTheDatabaseIsGoneAndUpWhenItReturns() {
        assertThat(readiness().status()).isEqualTo(200);

        proxy.cut();
        var down = awaitReadiness(503, Duration.ofSeconds(15));
        proxy.restore();
        var up = awaitReadiness(200, Duration.ofSeconds(30));

        assertThat(down.body()).contains("\"DOWN\"");
        assertThat(up.body()).contains("\"UP\"");
    }

    @Test
    void aBindWaitingForARowLockedElsewhereIsServiceNotAvailableWithinTheBudget() throws Exception {
        var fixtures = gateway.fixtures();
        var device = fixtures.device("admin-lock");
        var order = fixtures.paidOrder();
        var bind = Envelope.bind().param("iotId", device.value()).param("orderId", order.value());

        ApiResult whileLocked;
        long millis;
        try (var other = database.connect()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select order_id from cloud_order where order_id = ? for update")) {
                lock.setString(1, order.value());
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            whileLocked = gateway.client().bind(bind);
            millis = (System.nanoTime() - started) / 1_000_000;
            other.rollback();
        }

        assertThat(whileLocked.code()).isEqualTo(503);
        assertThat(whileLocked.message()).isEqualTo("service not available.");
        assertThat(millis).isLessThan(BUDGET.toMillis());
        assertThat(gateway.client().bind(bind).code()).isEqualTo(200);
    }

    @Test
    void theProductionPoolHandsOutConnectionsThatKeepToTheBudget() throws SQLException {
        var pool = gateway.bean(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
        assertThat(pool.getValidationTimeout()).isEqualTo(250);
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
            assertThat(setting(statement, "statement_timeout")).isEqualTo("800ms");
            assertThat(setting(statement, "idle_in_transaction_session_timeout")).isEqualTo("5s");
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (var rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> importPaidOrders(int count) {
        var orders = IntStream.range(0, count).mapToObj(i -> "outage-" + i + "-" + System.nanoTime()).toList();
        var result = gateway.bean(OrderImportService.class).importOrders(orders.stream()
                .map(id -> new ImportedOrder(id, "ilopLVCloudResource", "eventResource_7", 1, null, "out", 1, null, null))
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

    private static ApiResult readiness() {
        var client = gateway.client();
        return client.send(client.request("/actuator/health/readiness").GET().build());
    }

    private static ApiResult awaitReadiness(int status, Duration limit) {
        var last = new AtomicReference<ApiResult>();
        await().atMost(limit).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last.set(readiness());
            assertThat(last.get().status()).as("readiness %s", last.get().body()).isEqualTo(status);
        });
        return last.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One answer the clients got: which call, when it started (in sequence), its code and time. */
    record Outcome(long sequence, boolean bind, String orderId, String iotId, int code, long millis,
            Exception failure) {
    }

    /**
     * Clients that bind fresh orders and read them back, as fast as the gateway answers (with a short pause),
     * until stopped. Marks split the outcomes into the phases of the test.
     */
    static final class Traffic {

        private final List<IotId> devices;
        private final List<String> orders;
        private final AtomicInteger nextOrder = new AtomicInteger();
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final Map<Long, String> marks = new TreeMap<>();
        private final List<Thread> clients = new ArrayList<>();

        Traffic(List<IotId> devices, List<String> orders) {
            this.devices = devices;
            this.orders = orders;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                var client = new Thread(this::run, "outage-client-" + i);
                clients.add(client);
                client.start();
            }
        }

        long mark(String phase) {
            long at = sequence.incrementAndGet();
            marks.put(at, phase);
            return at;
        }

        private void run() {
            var client = gateway.client();
            int index;
            while (running.get() && (index = nextOrder.getAndIncrement()) < orders.size()) {
                var orderId = orders.get(index);
                var iotId = devices.get(index % devices.size()).value();
                var bound = call(true, orderId, iotId, () -> client.bind(Envelope.bind().param("iotId", iotId)
                        .param("orderId", orderId)));
                if (bound.code() == 200) {
                    call(false, orderId, iotId, () -> client.get(Envelope.get().param("iotId", iotId)
                            .param("orderId", orderId)));
                }
                sleep(10);
            }
        }

        private Outcome call(boolean bind, String orderId, String iotId, Supplier<ApiResult> request) {
            long at = sequence.incrementAndGet();
            long started = System.nanoTime();
            Outcome outcome;
            try {
                var result = request.get();
                outcome = new Outcome(at, bind, orderId, iotId, result.code(), (System.nanoTime() - started) / 1_000_000,
                        null);
            }
            catch (RuntimeException failure) {
                outcome = new Outcome(at, bind, orderId, iotId, -1, (System.nanoTime() - started) / 1_000_000, failure);
            }
            outcomes.add(outcome);
            return outcome;
        }

        /** Whether {@code count} binds in a row that started after {@code mark} succeeded, within {@code limit}. */
        boolean awaitSuccessesAfter(long mark, int count, Duration limit) {
            try {
                await().atMost(limit).pollInterval(Duration.ofMillis(100))
                        .until(() -> successesInARowAfter(mark) >= count);
                return true;
            }
            catch (ConditionTimeoutException notRecovered) {
                return false;
            }
        }

        private int successesInARowAfter(long mark) {
            var after = outcomes.stream().filter(outcome -> outcome.bind() && outcome.sequence() > mark)
                    .sorted(Comparator.comparingLong(Outcome::sequence)).toList();
            int inARow = 0;
            for (var outcome : after) {
                inARow = outcome.code() == 200 ? inARow + 1 : 0;
            }
            return inARow;
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

        /** Per phase: how many answers of each code, and the slowest. */
        void report() {
            var bounds = new ArrayList<>(marks.keySet());
            for (int phase = 0; phase <= bounds.size(); phase++) {
                long from = phase == 0 ? 0 : bounds.get(phase - 1);
                long to = phase == bounds.size() ? Long.MAX_VALUE : bounds.get(phase);
                var name = phase == 0 ? "healthy" : marks.get(from);
                var inPhase = outcomes.stream().filter(outcome -> outcome.sequence() > from && outcome.sequence() < to)
                        .toList();
                System.out.printf("outage test, phase %-9s: %5d answers, codes %s, slowest %d ms%n", name,
                        inPhase.size(), inPhase.stream().collect(Collectors.groupingBy(Outcome::code, TreeMap::new,
                                Collectors.counting())),
                        inPhase.stream().mapToLong(Outcome::millis).max().orElse(0));
            }
        }
    }
}
