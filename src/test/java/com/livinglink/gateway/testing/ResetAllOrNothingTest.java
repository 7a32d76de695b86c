package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A reset is all or nothing (contract section 12): with a fixture that cannot be loaded it answers 400 naming
 * the problem, and the clock, the faults, the journal and the data stay as they were. A gateway whose fixture
 * is invalid when it starts does not start.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + Operator.DEMO_TOKEN, "gateway.testing.enabled=true"})
class ResetAllOrNothingTest {

    static final Path FIXTURE = validFixtureFile();

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        registry.add("gateway.testing.fixture", () -> FIXTURE.toUri().toString());
    }

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port);
        assertThat(operator.reset().status()).isEqualTo(204);
    }

    @AfterEach
    void restoreTheFixture() throws IOException {
        Files.writeString(FIXTURE, validFixture());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"devices\": [",
        "{\"orders\": [{\"orderId\": \"o-1\", \"commodityCode\": \"ilopLVCloudResource\", \"specification\": "
                + "\"eventResource_7\", \"copies\": 0, \"paymentStatus\": 1}]}",
        "{\"bindings\": [{\"orderId\": \"not-in-the-fixture\", \"iotId\": \"cam\", \"identityId\": \"u\", "
                + "\"startTime\": \"2024-01-01T00:00:00Z\", \"endTime\": \"2024-02-01T00:00:00Z\"}]}",
        "{\"devices\": [{\"iotId\": \"has a space\"}]}",
        "{\"devices\": [{\"iotId\": \"cam\", \"owner\": \"u\"}]}",
        "{\"binding\": []}"})
    void resetWithAnInvalidFixtureChangesNothing(String invalidFixture) throws IOException {
        operator.put("/admin/devices/kept-device", "{\"ownerIdentityId\":\"kept-admin\"}");
        operator.patch("/admin/test/orders/fixture-bound", "{\"paymentStatus\":0}");
        operator.put("/admin/test/clock", "{\"fixed\":\"2030-01-01T00:00:00Z\"}");
        operator.post("/admin/test/faults", "{\"api\":\"get-order\",\"match\":{\"orderId\":\"x\"},\"code\":503}");
        api.get(Envelope.get().param("iotId", "fixture-device").param("orderId", "fixture-bound"));
        var order = operator.get("/admin/orders/fixture-bound").body();
        var faults = operator.get("/admin/test/faults").body();
        var journal = operator.get("/admin/test/requests").body();
        Files.writeString(FIXTURE, invalidFixture);

        var refused = operator.reset();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("gateway.testing.fixture");
        assertThat(operator.get("/admin/devices/kept-device").status()).isEqualTo(200);
        assertThat(operator.get("/admin/orders/fixture-bound").body()).isEqualTo(order);
        assertThat(operator.get("/admin/test/clock").json().get("now").asString()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(operator.get("/admin/test/faults").body()).isEqualTo(faults);
        assertThat(operator.get("/admin/test/requests").body()).isEqualTo(journal);
        assertThat(operator.get("/admin/test/requests/count").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void aFixtureMadeValidAgainIsLoadedByTheNextReset() throws IOException {
        operator.put("/admin/devices/kept-device", "{\"ownerIdentityId\":null}");
        Files.writeString(FIXTURE, "{\"devices\": [");
        assertThat(operator.reset().status()).isEqualTo(400);
        Files.writeString(FIXTURE, validFixture());

        assertThat(operator.reset().status()).isEqualTo(204);

        assertThat(operator.get("/admin/devices/kept-device").status()).isEqualTo(404);
        assertThat(operator.get("/admin/orders/fixture-bound").json().get("iotId").asString())
                .isEqualTo("fixture-device");
    }

    @Test
    void aGatewayWithAnInvalidFixtureDoesNotStart() throws IOException {
        var invalid = Files.createTempFile("invalid-fixture", ".json");
        Files.writeString(invalid, "{\"orders\": [{\"orderId\": \"o-1\", \"copies\": 1}]}");

        assertThatThrownBy(() -> {
            try (var started = GatewayInstance.start(List.of("--gateway.testing.enabled=true",
                    "--gateway.admin.token=t", "--gateway.testing.fixture=" + invalid.toUri()))) {
                started.port();
            }
        }).hasStackTraceContaining("gateway.testing.fixture");
    }

    private static Path validFixtureFile() {
        try {
            var file = Files.createTempFile("fixture", ".json");
            Files.writeString(file, validFixture());
            file.toFile().deleteOnExit();
            return file;
        }
        catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static String validFixture() throws IOException {
        return new ClassPathResource("testing/fixture.json").getContentAsString(StandardCharsets.UTF_8);
    }
}
