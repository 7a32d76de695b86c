package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.livinglink.gateway.support.ChildProcess;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scripts/ca-curl}, the signing helper of the README's examples, signs as the gateway verifies.
 * Needs bash, openssl and curl on the machine (skipped without them).
 */
@HttpApiTest
class SigningScriptTest {

    static final Path SCRIPT = Path.of("scripts/ca-curl");
    static final String GET = "/vision/customer/cloudstorage/order/get";
    /** Far above what a signed curl call takes: only a child that hangs reaches it. */
    static final Duration BOUND = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @BeforeAll
    static void toolsArePresent() {
        Tools.assumeInstalled("bash", "openssl", "curl");
    }

    @Test
    void aRequestSignedWithHmacSha256PassesTheGateway() throws Exception {
        var answer = run(List.of(url(GET), Envelope.get().param("iotId", "d").param("orderId", "o").json()), null);

        assertThat(answer.get("code").asInt()).isEqualTo(29600);
    }

    @Test
    void aRequestSignedWithHmacSha1AndQueryParametersPassesTheGateway() throws Exception {
        var answer = run(List.of(url(GET) + "?b=2&a=1&empty=", Envelope.get().json()), "HmacSHA1");

        assertThat(answer.get("code").asInt()).isEqualTo(460);
    }

    @Test
    void theBodyCanComeFromAFile() throws Exception {
        var file = Files.createTempFile("envelope", ".json");
        Files.writeString(file, Envelope.get().param("iotId", "设备").param("orderId", "o").json());

        var answer = run(List.of(url(GET), "@" + file), null);

        assertThat(answer.get("code").asInt()).isEqualTo(29600);
    }

    @Test
    void extraArgumentsGoToCurl() throws Exception {
        var answer = run(List.of(url("/vision/customer/cloudstorage/bind/order"), Envelope.bind().json(), "-H",
                "X-Forwarded-Proto: https"), null);

        assertThat(answer.get("code").asInt()).isEqualTo(460);
    }

    @Test
    void aRequestPrintedAsCurlConfigIsSentByteForByteAndAcceptedOnce() throws Exception {
        var body = "{\"request\":{\"apiVer\":\"1.0.6\"},\r\n \"params\":{\"iotId\":\"a\\\\b \\\"c\\\"\",\"orderId\":\"o\"}}\n";
        var config = Files.createTempFile("request", ".curl");
        Files.writeString(config, output(script(List.of(url(GET), body), Map.of("CA_CURL_CONFIG", "1"))));

        var curl = new ProcessBuilder("curl", "-sS", "-K", config.toString());
        var first = JsonMapper.builder().build().readTree(output(curl));
        var again = JsonMapper.builder().build().readTree(output(curl));

        assertThat(first.get("code").asInt()).isEqualTo(460);
        assertThat(first.get("message").asString()).contains("iotId must not contain whitespace");
        assertThat(again.get("message").asString()).isEqualTo("Nonce Used");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static JsonNode run(List<String> arguments, String method) {
        var script = script(arguments, method == null ? Map.of() : Map.of("CA_SIGNATURE_METHOD", method));
        return JsonMapper.builder().build().readTree(output(script));
    }

    /** {@code scripts/ca-curl} with these arguments, signing as the test app. */
    private static ProcessBuilder script(List<String> arguments, Map<String, String> environment) {
        var command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(arguments);
        var process = new ProcessBuilder(command);
        process.environment().put("CA_APP_KEY", "test-app");
        process.environment().put("CA_APP_SECRET", "test-app-secret");
        process.environment().putAll(environment);
        return process;
    }

    private static String output(ProcessBuilder process) {
        return ChildProcess.succeed(process, BOUND);
    }
}
