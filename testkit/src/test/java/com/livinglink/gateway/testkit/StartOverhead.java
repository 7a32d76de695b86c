package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What the kit adds to a run, measured (testkit/README.md, "Cost"); a program, not a test:
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests &amp;&amp; ./mvnw -B -q -f testkit/pom.xml test-compile
 * java -cp testkit/target/classes:testkit/target/test-classes \
 *     -Dgateway.testkit.jar=target/cloudstorage-gateway-0.1.0-SNAPSHOT.jar \
 *     com.livinglink.gateway.testkit.StartOverhead [rounds]
 * </pre>
 *
 * Each round starts the gateway twice, in turns: alone (its command line, its readiness polled every 5 ms: the
 * gateway's own start) and through the kit (from the call to a ready {@link Gateway}), then times 20 resets and
 * the kit's stop. A gateway's start varies by seconds on a loaded machine, far more than what the kit adds, so
 * each start is also compared with the gateway's own count of it ({@link #runningFor(Path)}), and the kit's own
 * steps, before the child is spawned and after it is ready, are timed apart.
 */
public final class StartOverhead {

    private static final int RESETS = 20;

    private StartOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var options = new GatewayOptions("", "", List.of(), List.of());
        for (int round = 1; round <= rounds; round++) {
            var alone = alone();
            long begin = System.nanoTime();
            var process = GatewayProcess.start(options, StartOverhead.class.getClassLoader());
            long kit = System.nanoTime() - begin;
            var gateway = process.gateway();
            long kitGateway = runningFor(gateway.logFile());
            long resets = System.nanoTime();
            for (int i = 0; i < RESETS; i++) {
                gateway.reset();
            }
            double reset = (System.nanoTime() - resets) / 1e6 / RESETS;
            long ownSteps = ownSteps(gateway.certificate());
            long stopBegin = System.nanoTime();
            process.close();
            long stop = System.nanoTime() - stopBegin;
            System.out.printf("round %d: alone %d ms to ready (its JVM up %d ms at \"Started\": %d ms around it); "
                    + "through the kit %d ms (JVM up %d ms: %d ms around it, %+d ms more than alone); the kit's own "
                    + "steps %d ms; reset %.1f ms on average; stop %d ms%n", round, millis(alone.took()),
                    alone.runningFor(), millis(alone.took()) - alone.runningFor(), millis(kit), kitGateway,
                    millis(kit) - kitGateway, millis(kit) - kitGateway - (millis(alone.took()) - alone.runningFor()),
                    millis(ownSteps), reset, millis(stop));
        }
    }

    /** How long a start took to readiness, and how long the gateway's JVM had been up when it logged "Started". */
    record Start(long took, long runningFor) {
    }

    /**
     * The JVM's uptime when Spring Boot logged "Started … (process running for 12.3)": the start as the gateway
     * itself counts it. What a harness measures beyond it (the JVM's launch, the readiness poll, the kit's own
     * steps) is compared between the two starts of a round, which the machine's load does not blur as it blurs
     * the starts themselves.
     */
    static long runningFor(Path log) throws IOException {
        var matcher = Pattern.compile("process running for ([0-9.]+)").matcher(Files.readString(log));
        if (!matcher.find()) {
            throw new IllegalStateException("No \"process running for\" in " + log);
        }
        return Math.round(Double.parseDouble(matcher.group(1)) * 1000);
    }

    /** The gateway's command line as the kit builds it, its readiness probe polled every 5 ms. */
    private static Start alone() throws Exception {
        var directory = Files.createTempDirectory("cloudstorage-gateway-alone-");
        int httpPort = FreePorts.pick();
        int httpsPort = FreePorts.pick(httpPort);
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GatewayJar.find().toAbsolutePath().toString(), "--spring.profiles.active=demo",
                "--server.address=127.0.0.1", "--server.port=" + httpPort, "--gateway.tls.port=" + httpsPort,
                "--gateway.data-dir=" + directory.resolve("data")));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long begin = System.nanoTime();
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("gateway.log").toFile()).start();
        try {
            while (System.nanoTime() - begin < TimeUnit.MINUTES.toNanos(3)) {
                try {
                    if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long took = System.nanoTime() - begin;
                        return new Start(took, runningFor(directory.resolve("gateway.log")));
                    }
                }
                catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("The gateway alone was not ready in 3 minutes: " + directory);
        }
        finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** What the kit does besides waiting: find the jar, pick ports, make a directory; then trust the certificate. */
    private static long ownSteps(Path certificate) throws Exception {
        long begin = System.nanoTime();
        GatewayJar.find();
        FreePorts.pick(FreePorts.pick());
        var directory = Files.createTempDirectory("cloudstorage-gateway-steps-");
        var trusted = TrustedCertificate.load(certificate);
        new Gateway(URI.create("http://127.0.0.1:1"), URI.create("https://127.0.0.1:2"), directory, directory,
                trusted, "token");
        long took = System.nanoTime() - begin;
        Files.delete(directory);
        return took;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
