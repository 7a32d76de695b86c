package com.livinglink.gateway.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.livinglink.gateway.GatewayApplication;

/**
 * The gateway in a JVM of its own, started with the production configuration only
 * ({@code classpath:/application.yaml}, not the test one), so that it can be killed as the operating system
 * kills a process ({@link #kill()}: no shutdown hook, no graceful stop, no database close) and started again
 * on the same data directory. Its output goes to {@code gateway-N.log} next to the data directory.
 */
public final class GatewayProcess implements AutoCloseable {

    public static final String ADMIN_TOKEN = "crash-admin-token";

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final int httpPort;
    private final int httpsPort;
    private final Path log;

    private GatewayProcess(Process process, int httpPort, int httpsPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.log = log;
    }

    /**
     * Starts a gateway on {@code dataDir} with these extra arguments ({@code --name=value}, e.g. a database
     * URL) and waits until it is ready. The test app ({@link RequestSigner#TEST_APP}) may bind and read
     * orders; the operator API takes {@value #ADMIN_TOKEN}.
     */
    public static GatewayProcess start(Path dataDir, List<String> arguments) {
        int httpPort = freePort();
        int httpsPort = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), GatewayApplication.class.getName(),
                "--spring.config.location=classpath:/application.yaml", "--spring.main.banner-mode=off",
                "--server.port=" + httpPort, "--gateway.tls.port=" + httpsPort, "--gateway.data-dir=" + dataDir,
                "--gateway.admin.token=" + ADMIN_TOKEN,
                "--gateway.security.apps[0].key=" + RequestSigner.TEST_APP.appKey(),
                "--gateway.security.apps[0].secret=" + RequestSigner.TEST_APP.secret(),
                "--gateway.security.apps[0].apis=bind-order,get-order",
                "--logging.level.root=warn", "--logging.level.gateway.access=warn"));
        command.addAll(arguments);
        var log = nextLog(dataDir);
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var gateway = new GatewayProcess(process, httpPort, httpsPort, log);
            gateway.awaitReady();
            return gateway;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void awaitReady() {
        var client = new ApiClient(httpPort);
        try {
            await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the gateway exited with " + process.exitValue());
                        }
                        return client.send(client.request("/actuator/health/readiness").GET().build()).status() == 200;
                    });
        }
        catch (RuntimeException notReady) {
            process.destroyForcibly();
            throw new IllegalStateException("the gateway did not become ready; its output:\n" + output(), notReady);
        }
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** A client of the operator API, over plain HTTP with the admin token. */
    public ApiResult admin(HttpRequest.Builder request) {
        var client = new ApiClient(httpPort);
        return client.send(request.header("Authorization", "Bearer " + ADMIN_TOKEN).build());
    }

    /** The operator API's address for {@code path}, to build a request for {@link #admin}. */
    public HttpRequest.Builder adminRequest(String path) {
        return new ApiClient(httpPort).request(path);
    }

    /** Kills the process as {@code kill -9} does and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** What the gateway wrote to its console, for a failure message. */
    public String output() {
        try {
            return Files.readString(log);
        }
        catch (IOException failure) {
            return "(no output: " + failure + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static Path nextLog(Path dataDir) {
        var parent = dataDir.toAbsolutePath().getParent();
        int n = 1;
        while (Files.exists(parent.resolve("gateway-" + n + ".log"))) {
            n++;
        }
        return parent.resolve("gateway-" + n + ".log");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
