package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension's lifecycle, each scenario a test run of its own (JUnit's engine test kit) with a gateway of its
 * own: one gateway shared by the run's classes, reset before each test unless told not to, stopped when the run
 * ends; a failed start fails fast and says why.
 */
class ExtensionLifecycleTest {

    static final List<Gateway> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void theClassesOfARunShareOneGatewayResetBeforeEachTestAndStoppedWhenTheRunEnds() throws Exception {
        SEEN.clear();

        var results = scenarios(ImportsThenSeesNothing.class, KeepsItsState.class);

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
        assertThat(SEEN).hasSize(5).allSatisfy(gateway -> assertThat(gateway).isSameAs(SEEN.get(0)));
        var gateway = SEEN.get(0);
        assertThat(answers(gateway)).as("stopped when the run ended").isFalse();
        assertThat(gateway.dataDir()).as("its directory deleted").doesNotExist();
        assertThat(gateway.logFile()).doesNotExist();
    }

    @Test
    void aFailedStartFailsEveryClassAtOnceWithTheLogsPath() throws IOException {
        var results = scenarios(FailsToStart.class, FailsToStartToo.class);

        var failures = results.containerEvents().failed().stream().map(ExtensionLifecycleTest::message).toList();
        assertThat(failures).hasSize(2).allSatisfy(message -> {
            assertThat(message).startsWith("The gateway exited with code 1 before it was ready. Its log: ")
                    .contains("gateway.testing.journal-size must be at least 1");
        });
        assertThat(failures.get(1)).isEqualTo(failures.get(0));
        var log = Path.of(failures.get(0).substring("The gateway exited with code 1 before it was ready. Its log: ".length())
                .lines().findFirst().orElseThrow());
        assertThat(log).exists().content().contains("gateway.testing.journal-size must be at least 1");
        results.testEvents().assertStatistics(stats -> stats.started(0));
        delete(log.getParent());
    }

    /** A failed start keeps its directory for its log; the test has read it. */
    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static EngineExecutionResults scenarios(Class<?> first, Class<?> second) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(OnlyAsScenario.PARAMETER, "true")
                .selectors(selectClass(first), selectClass(second)).execute();
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow().getMessage();
    }

    private static boolean answers(Gateway gateway) throws InterruptedException {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.httpUrl().resolve("/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }

    @GatewayTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @ExtendWith(OnlyAsScenario.class)
    static class ImportsThenSeesNothing {

        @Test
        @Order(1)
        void imports(Gateway gateway) {
            SEEN.add(gateway);
            gateway.orders().importOrders(NewOrder.paid("o-kept", "eventResource_7"));
            gateway.faults().add(Fault.on("order/get").answering(503));
        }

        @Test
        @Order(2)
        void seesNothingOfTheTestBefore(Gateway gateway) {
            SEEN.add(gateway);
            assertThat(gateway.journal().calls()).isEmpty();
            assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).code()).isEqualTo(200);
            assertThat(Files.exists(gateway.dataDir())).isTrue();
        }

        @Nested
        class InANestedClass {

            @Test
            void getsTheSameGateway(Gateway gateway) {
                SEEN.add(gateway);
            }
        }
    }

    @GatewayTest(resetBeforeEach = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @ExtendWith(OnlyAsScenario.class)
    static class KeepsItsState {

        @Test
        @Order(1)
        void calls(Gateway gateway) {
            SEEN.add(gateway);
            gateway.journal().clear();
            gateway.client().call("order/get", Map.of("iotId", Demo.DEVICE, "orderId", Demo.BOUND_ORDER));
        }

        @Test
        @Order(2)
        void seesTheCallOfTheTestBefore(Gateway gateway) {
            SEEN.add(gateway);
            assertThat(gateway.journal().calls("order/get")).hasSize(1);
        }
    }

    @GatewayTest(properties = "gateway.testing.journal-size=0")
    @ExtendWith(OnlyAsScenario.class)
    static class FailsToStart {

        @Test
        void neverRuns(Gateway gateway) {
        }
    }

    @GatewayTest(properties = "gateway.testing.journal-size=0")
    @ExtendWith(OnlyAsScenario.class)
    static class FailsToStartToo {

        @Test
        void neverRuns(Gateway gateway) {
        }
    }
}
