package com.livinglink.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An RS256 iotToken while the account service's JWKS endpoint cannot answer (contract sections 1 and 8): the
 * gateway cannot verify the token, which is no fault of the caller's, so the call is answered 503
 * {@code service not available.} within the 3000 ms budget, not 401, however many calls come. The endpoint
 * here accepts connections and never answers (a frozen server).
 */
@HttpApiTest
class UnreachableJwksApiTest {

    static final Duration BUDGET = Duration.ofMillis(3000);
    static final SilentServer SILENT_JWKS = new SilentServer();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;
    IotId device;
    OrderId bound;

    @DynamicPropertySource
    static void jwksUri(DynamicPropertyRegistry registry) {
        registry.add("gateway.identity.jwks-uri",
                () -> "http://127.0.0.1:" + SILENT_JWKS.port() + "/.well-known/jwks.json");
    }

    @AfterAll
    static void stopJwks() throws IOException {
        SILENT_JWKS.close();
    }

    @BeforeEach
    void deviceOfAdministratorWithBoundOrder() {
        api = new ApiClient(port);
        device = fixtures.device("admin-a");
        bound = fixtures.boundOrder(device, "admin-a", Instant.now().minus(Duration.ofDays(1)));
    }

    @Test
    void anRs256TokenIsServiceNotAvailableWithinTheBudget() {
        long started = System.nanoTime();
        var result = readWithRs256Token();
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(503);
        assertThat(result.message()).isEqualTo("service not available.");
        assertThat(took).isLessThan(BUDGET);
    }

    @Test
    void everyCallWhileTheEndpointCannotAnswerIsServiceNotAvailableNotTheCallersFault() {
        for (int call = 1; call <= 4; call++) {
            assertThat(readWithRs256Token().code()).as("call %d", call).isEqualTo(503);
        }
    }

    private ApiResult readWithRs256Token() {
        return api.get(Envelope.get().iotToken(IdentityApiTest.rs256(IdentityApiTest.ACCOUNT_SERVICE_KEY, "admin-a"))
                .param("iotId", device.value()).param("orderId", bound.value()));
    }
}
