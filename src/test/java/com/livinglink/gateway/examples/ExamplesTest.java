package com.livinglink.gateway.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.TransportError;
import com.livinglink.gateway.support.ChildProcess;
import com.livinglink.gateway.support.Tools;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scripts of {@code examples/} cover the contract's codes, and {@code examples/run-all.sh} passes against
 * the demo profile (with the real clock), so that the examples cannot rot. Running them needs bash, openssl
 * and curl on the machine (skipped without them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ExamplesTest {

    static final Path EXAMPLES = Path.of("examples");
    /** Codes that no request can bring about on demand: examples/README.md explains them instead. */
    static final List<ResultCode> NOT_ON_DEMAND = List.of(ResultCode.SERVICE_ERROR, ResultCode.SERVICE_NOT_AVAILABLE);

    @LocalServerPort
    int httpPort;

    @Value("${local.https.port}")
    int httpsPort;

    @Value("${gateway.data-dir}")
    Path dataDir;

    @Test
    void everyApiLevelCodeHasAnExample() throws IOException {
        var examples = exampleNames();

        assertThat(examples).contains("200-bind-order.sh", "200-order-get.sh");
        Arrays.stream(ResultCode.values())
                .filter(result -> result != ResultCode.SUCCESS && !NOT_ON_DEMAND.contains(result))
                // The rate limit is the signature layer's refusal, I429FC.
                .filter(result -> result != ResultCode.TOO_MANY_REQUESTS)
                .forEach(result -> assertThat(examples).as(result.name())
                        .anyMatch(name -> name.startsWith(result.code() + "-" + slug(result.name()))));
        assertThat(Files.readString(EXAMPLES.resolve("README.md")))
                .contains(NOT_ON_DEMAND.stream().map(result -> "**" + result.code() + " ").toArray(String[]::new));
    }

    @Test
    void everyRefusalOfTheSignatureLayerHasAnExample() throws IOException {
        var examples = exampleNames();

        for (var error : TransportError.values()) {
            assertThat(examples).contains(error.status().value() + "-" + error.errorCode() + "-" + slug(error.name())
                    + ".sh");
        }
    }

    @Test
    void everyExampleGetsTheAnswerItIsNamedAfter() throws Exception {
        Tools.assumeInstalled("bash", "openssl", "curl");
        var process = new ProcessBuilder("bash", EXAMPLES.resolve("run-all.sh").toString());
        process.environment().put("GATEWAY_URL", "http://127.0.0.1:" + httpPort);
        process.environment().put("GATEWAY_HTTPS_URL", "https://localhost:" + httpsPort);
        process.environment().put("CA_CACERT", dataDir.resolve("tls/certificate.pem").toAbsolutePath().toString());
        // The Java example runs on this test's own JDK.
        var javaBin = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent();
        process.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));

        var output = ChildProcess.succeed(process, Duration.ofMinutes(5));

        // Every example, the Java client, and the test-control examples: shell and Java, Python when it is there.
        int testControlExamples = Tools.onPath("python3") ? 3 : 2;
        assertThat(output).as(output).contains((exampleNames().size() + 1 + testControlExamples) + " passed, 0 failed");
    }

    private static List<String> exampleNames() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("[0-9].*\\.sh"))
                    .sorted().toList();
        }
    }

    private static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
