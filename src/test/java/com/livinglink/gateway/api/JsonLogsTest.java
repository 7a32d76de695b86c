package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code json-logs} profile (part of {@code prod}): one JSON object a line, and the access-log line of
 * an API request carries its request id, app key, API and result code as fields a log collector can query.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAccessLogLineOfARequestIsJsonWithItsRequestIdAppKeyApiAndCode(CapturedOutput output) throws Exception {
        String requestId;
        forgetTheCurrentLoggingSetUp();
        try (var gateway = GatewayInstance.start(List.of("--spring.profiles.active=json-logs",
                "--logging.level.gateway.access=info"))) {
            var result = gateway.client().get(Envelope.get().param("iotId", "no-device").param("orderId", "no-order"));
            requestId = result.header("X-Ca-Request-Id");
            assertThat(result.code()).isEqualTo(29600);
        }
        finally {
            restoreTheTestLogging();
        }

        var line = accessLogLine(output, requestId).orElseThrow(() -> new AssertionError(
                "no JSON access-log line for request " + requestId + " in:\n" + output.getOut()));
        assertThat(line.get("requestId").asString()).isEqualTo(requestId);
        assertThat(line.get("appKey").asString()).isEqualTo("test-app");
        assertThat(line.get("api").asString()).isEqualTo("get-order");
        assertThat(line.get("code").asString()).isEqualTo("29600");
        assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(line.get("message").asString()).contains("/vision/customer/cloudstorage/order/get");
        assertThat(line.has("@timestamp")).isTrue();
    }

    private static Optional<JsonNode> accessLogLine(CapturedOutput output, String requestId) {
        return output.getOut().lines().filter(line -> line.startsWith("{")).map(JsonLogsTest::parse)
                .flatMap(Optional::stream)
                .filter(line -> line.path("log").path("logger").asString("").equals("gateway.access"))
                .filter(line -> line.path("requestId").asString("").equals(requestId)).findFirst();
    }

    private static Optional<JsonNode> parse(String line) {
        try {
            return Optional.of(JSON.readTree(line));
        }
        catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /**
     * Logging is global to the JVM, and Spring Boot sets Logback up only once while another application
     * (a cached test context) still uses it: without this, whether this test sees JSON depends on which
     * tests ran before it.
     */
    private static void forgetTheCurrentLoggingSetUp() {
        LoggingSystem.get(JsonLogsTest.class.getClassLoader()).cleanUp();
    }

    /** Sets logging up again as the other tests' configuration wants it. */
    private static void restoreTheTestLogging() {
        forgetTheCurrentLoggingSetUp();
        new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off").close();
    }

    /** The smallest application there is: it only initialises logging from the test configuration. */
    static final class NoBeans {
    }
}
