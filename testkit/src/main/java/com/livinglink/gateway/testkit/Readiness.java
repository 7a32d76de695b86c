package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a starting gateway to be ready: its readiness probe ({@code /actuator/health/readiness}) answers 200.
 * Every wait is bounded: the child's exit ends it at once, the start timeout at the latest, and either way the
 * failure names the gateway's log and quotes its end.
 */
final class Readiness {

    /** Short: the poll's latency is the part of the start the kit adds. */
    private static final long POLL_MILLIS = 20;
    private static final int QUOTED_LINES = 30;

    private Readiness() {
    }

    static void await(Process process, URI probe, Duration timeout, Path log) {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new GatewayException("The gateway exited with code " + process.exitValue()
                            + " before it was ready. Its log: " + log + quote(log));
                }
                if (answers(client, request)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new GatewayException("The gateway was not ready within " + timeout.toSeconds() + " s (-D"
                            + GatewayProcess.START_TIMEOUT_PROPERTY + "=<seconds> gives it longer). Its log: " + log
                            + quote(log));
                }
                process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("Interrupted while the gateway was starting. Its log: " + log, e);
        }
    }

    private static boolean answers(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException notListeningYet) {
            return false;
        }
    }

    /** The end of the log, where a failed start says why. */
    static String quote(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            var end = lines.subList(Math.max(0, lines.size() - QUOTED_LINES), lines.size());
            return end.isEmpty() ? "" : "\n--- its last " + end.size() + " lines ---\n" + String.join("\n", end);
        }
        catch (IOException e) {
            return "";
        }
    }
}
