package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A fixture's binding is an instant from outside like the clock's (contract 11.2.7 and section 12): one outside
 * the supported time range fails the reset with a 400 naming the field, and the database keeps what it had.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + Operator.DEMO_TOKEN, "gateway.testing.enabled=true"})
class FixtureTimeRangeTest {

    static final Path FIXTURE = temporaryFile();

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        registry.add("gateway.testing.fixture", () -> FIXTURE.toUri().toString());
    }

    @LocalServerPort
    int port;

    Operator operator;

    @BeforeEach
    void operator() {
        operator = new Operator(port);
    }

    @Test
    void aBindingOutsideTheRangeIsRefusedNamingItsFieldAndTheDatabaseKeepsWhatItHad() {
        write(fixtureBinding("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"));
        assertThat(operator.reset().status()).isEqualTo(204);

        for (var period : new String[][] {{"2024-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"},
                {"2024-01-01T00:00:00Z", "9999-12-31T16:00:00Z"}}) {
            write(fixtureBinding(period[0], period[1]));

            var refused = operator.reset();

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString())
                    .contains("bindings[0].endTime " + Instant.parse(period[1]) + " is outside the "
                            + "supported time range");
        }
        write(fixtureBinding("1969-12-31T00:00:00Z", "2024-02-01T00:00:00Z"));
        assertThat(operator.reset().json().get("detail").asString())
                .contains("bindings[0].startTime 1969-12-31T00:00:00Z is outside");
        assertThat(operator.get("/admin/orders/o-1").json().get("endTime").asString())
                .isEqualTo("2024-02-01T00:00:00Z");
    }

    private static String fixtureBinding(String startTime, String endTime) {
        return """
                {"devices": [{"iotId": "cam-1", "ownerIdentityId": "user-42"}],
                 "orders": [{"orderId": "o-1", "commodityCode": "ilopLVCloudResource",
                             "specification": "eventResource_7", "copies": 1, "paymentStatus": 1}],
                 "bindings": [{"orderId": "o-1", "iotId": "cam-1", "identityId": "user-42",
                               "startTime": "%s", "endTime": "%s"}]}
                """.formatted(startTime, endTime);
    }

    private static void write(String fixture) {
        try {
            Files.writeString(FIXTURE, fixture);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Path temporaryFile() {
        try {
            var file = Files.createTempFile("fixture-time-range", ".json");
            file.toFile().deleteOnExit();
            // The gateway checks its fixture when it starts.
            Files.writeString(file, fixtureBinding("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"));
            return file;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
