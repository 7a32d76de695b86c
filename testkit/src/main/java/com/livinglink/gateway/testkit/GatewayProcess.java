package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The gateway's process: started from its executable jar with the {@code demo} profile on free ports of
 * 127.0.0.1, in a fresh directory that holds its data and its log, in the test-suite configuration (a JVM sized
 * for a test gateway, {@link #SUITE_JVM_OPTIONS}, and the {@link FastStart fast path}); stopped by
 * {@link #close()}, or by a shutdown hook if the test JVM ends first.
 */
final class GatewayProcess implements AutoCloseable {

    static final String JVM_OPTIONS_PROPERTY = "gateway.testkit.jvm-options";
    static final String JAVA_HOME_PROPERTY = "gateway.testkit.java-home";
    static final String START_TIMEOUT_PROPERTY = "gateway.testkit.start-timeout";
    static final String KEEP_PROPERTY = "gateway.testkit.keep";

    /** A start on a 2-core machine under load has taken 40 s; three times that is a hang, not a slow start. */
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    /** Picked ports can be taken by another process before the gateway binds them: start again on others. */
    private static final int ATTEMPTS = 3;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** A training run writes its archive as its JVM exits: seconds on Java 17, up to a minute on Java 25. */
    private static final Duration TRAINING_STOP_TIMEOUT = Duration.ofMinutes(2);
    /**
     * The gateway's docs/operations.md, "For a test suite": a heap for a test gateway instead of a quarter of
     * the machine's memory, and the collector that needs the least memory beside it. Left out when the suite's
     * own options choose a heap size or a collector.
     */
    static final List<String> SUITE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");

    private final Process process;
    private final FastStart fastStart;
    private final Path directory;
    private final Thread stopAtExit;
    private final Gateway gateway;

    private GatewayProcess(Process process, FastStart fastStart, Path directory, Thread stopAtExit, Gateway gateway) {
        this.process = process;
        this.fastStart = fastStart;
        this.directory = directory;
        this.stopAtExit = stopAtExit;
        this.gateway = gateway;
    }

    static GatewayProcess start(GatewayOptions options, ClassLoader testClassLoader) {
        var jar = GatewayJar.find();
        for (int attempt = 1;; attempt++) {
            var directory = createDirectory();
            try {
                return start(options, testClassLoader, jar, directory);
            }
            catch (GatewayException e) {
                if (attempt == ATTEMPTS || !portTaken(directory)) {
                    throw e;
                }
                delete(directory);
            }
        }
    }

    Gateway gateway() {
        return gateway;
    }

    /** Stops the gateway (bounded: killed when it has not stopped in time) and deletes its directory. */
    @Override
    public void close() {
        stop(process, fastStart, true);
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        }
        catch (IllegalStateException shuttingDown) {
            // The hook runs or has run: nothing left to remove.
        }
        if (!Boolean.getBoolean(KEEP_PROPERTY)) {
            delete(directory);
        }
    }

    private static GatewayProcess start(GatewayOptions options, ClassLoader testClassLoader, Path jar, Path directory) {
        int httpPort = FreePorts.pick();
        int httpsPort = FreePorts.pick(httpPort);
        var dataDir = directory.resolve("data");
        var log = directory.resolve("gateway.log");
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.profiles.active", "demo");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", String.valueOf(httpPort));
        properties.put("gateway.tls.port", String.valueOf(httpsPort));
        properties.put("gateway.data-dir", dataDir.toString());
        if (!options.clock().isEmpty()) {
            properties.put("gateway.clock.fixed", options.clock());
        }
        if (!options.fixture().isEmpty()) {
            properties.put("gateway.testing.fixture", fixture(options.fixture(), testClassLoader, directory));
        }
        for (var property : options.properties()) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), property.substring(equals + 1));
        }
        var javaHome = Path.of(System.getProperty(JAVA_HOME_PROPERTY, System.getProperty("java.home")));
        var fastStart = FastStart.configured(jar, javaHome);
        var builder = new ProcessBuilder(command(javaHome, fastStart, options, properties))
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // The gateway reads GATEWAY_* (its database, Redis) and Spring reads SPRING_*: a developer's shell must
        // not turn the suite's fresh embedded gateway into one on their Redis or database.
        builder.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.startsWith("SPRING_"));
        Process process;
        try {
            process = builder.start();
        }
        catch (IOException e) {
            fastStart.finish(false);
            throw new GatewayException("The gateway could not be started (" + String.join(" ", builder.command())
                    + "): " + e.getMessage(), e);
        }
        var stopAtExit = new Thread(() -> stop(process, fastStart, true), "cloudstorage-gateway-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        try {
            Readiness.await(process, URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"),
                    startTimeout(), log);
            var gateway = new Gateway(URI.create("http://127.0.0.1:" + httpPort),
                    URI.create("https://127.0.0.1:" + httpsPort), dataDir, log,
                    TrustedCertificate.load(dataDir.resolve("tls").resolve("certificate.pem")), options.adminToken());
            if (!options.fixture().isEmpty()) {
                // A gateway starts with the demo data; the fixture replaces it at a reset, so reset once now for a
                // class that does not reset before each test.
                reset(gateway, log);
            }
            return new GatewayProcess(process, fastStart, directory, stopAtExit, gateway);
        }
        catch (RuntimeException e) {
            // A start that failed trains nothing worth keeping: the archive would lack every API's classes.
            stop(process, fastStart, false);
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
            throw e;
        }
    }

    private static void reset(Gateway gateway, Path log) {
        try {
            gateway.reset();
        }
        catch (GatewayException e) {
            throw new GatewayException("The gateway started but could not load the fixture: " + e.getMessage()
                    + ". Its log: " + log, e);
        }
    }

    private static List<String> command(Path javaHome, FastStart fastStart, GatewayOptions options,
            Map<String, String> properties) {
        var command = new ArrayList<String>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        var shared = System.getProperty(JVM_OPTIONS_PROPERTY, "").trim();
        var own = new ArrayList<String>(shared.isEmpty() ? List.of() : List.of(shared.split("\\s+")));
        own.addAll(options.jvmOptions());
        command.addAll(suiteOptions(own));
        command.addAll(fastStart.jvmOptions());
        command.addAll(own);
        command.add("-jar");
        command.add(fastStart.jar().toAbsolutePath().toString());
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    /**
     * The fixture as the gateway reads it, a {@code file:} URL: a resource of the test class path is copied out
     * (it may lie in a jar), a file is named by its absolute path (the gateway runs in another directory).
     */
    private static String fixture(String fixture, ClassLoader testClassLoader, Path directory) {
        if (!fixture.startsWith("file:")) {
            var name = fixture.startsWith("classpath:") ? fixture.substring("classpath:".length()) : fixture;
            var resource = testClassLoader.getResource(name.startsWith("/") ? name.substring(1) : name);
            if (resource != null) {
                var copy = directory.resolve("fixture.json");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                catch (IOException e) {
                    throw new GatewayException("The fixture " + resource + " cannot be read: " + e, e);
                }
                return copy.toUri().toString();
            }
        }
        var file = Path.of(fixture.startsWith("file:") ? fixture.substring("file:".length()) : fixture);
        if (!Files.isRegularFile(file)) {
            throw new GatewayException("@GatewayTest(fixture = \"" + fixture + "\") is neither a resource of the "
                    + "test class path nor a file (" + file.toAbsolutePath() + ")");
        }
        return file.toAbsolutePath().toUri().toString();
    }

    private static Duration startTimeout() {
        var seconds = System.getProperty(START_TIMEOUT_PROPERTY);
        return seconds == null || seconds.isBlank() ? DEFAULT_START_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds));
    }

    /** The suite's sizing, unless the suite's own options size the heap or choose a collector. */
    static List<String> suiteOptions(List<String> own) {
        var options = new ArrayList<String>();
        if (own.stream().noneMatch(option -> option.matches("-XX:[+-]Use\\w*GC"))) {
            options.add(SUITE_JVM_OPTIONS.get(0));
        }
        if (own.stream().noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize")
                || option.startsWith("-XX:MaxRAMPercentage"))) {
            options.add(SUITE_JVM_OPTIONS.get(1));
        }
        return options;
    }

    /**
     * Graceful first (the gateway finishes what it serves), killed when that takes too long; a training run is
     * given longer, to write its archive, which the fast path then keeps if it was a gateway that served.
     */
    private static void stop(Process process, FastStart fastStart, boolean served) {
        var timeout = fastStart.trains() ? TRAINING_STOP_TIMEOUT : STOP_TIMEOUT;
        boolean graceful = false;
        process.destroy();
        try {
            graceful = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!graceful) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        fastStart.finish(served && graceful);
    }

    private static boolean portTaken(Path directory) {
        return Readiness.quote(directory.resolve("gateway.log")).contains("already in use");
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("cloudstorage-gateway-");
        }
        catch (IOException e) {
            throw new GatewayException("No temporary directory for the gateway: " + e, e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException | UncheckedIOException e) {
            // A file the gateway still held is left in the temporary directory: nothing depends on it.
        }
    }
}
