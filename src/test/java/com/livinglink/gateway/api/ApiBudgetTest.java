package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.livinglink.gateway.common.RequestDeadline;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Each API's budget is set at the edge when its request arrives (contract sections 1 and 11.1): commodity/buy
 * has its documented 10 s, every other API 3000 ms, and every wait of the request comes out of it. A test
 * stage right after the signature layer's admission (which has read the body by then) notes what is left of
 * the budget and, when asked, holds the request a while, as a slow way through the gateway would use it up.
 */
@HttpApiTest
class ApiBudgetTest {

    static final String HOLD_HEADER = "X-Test-Hold-Millis";
    /** Past order/query's whole budget, well within commodity/buy's. */
    static final Duration HOLD = Duration.ofMillis(3500);

    /** What was left of each API's budget when the test stage saw its request. */
    static final Map<String, Duration> LEFT = new ConcurrentHashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class HoldingStage {

        @Bean
        @Order(ApiStage.ADMISSION + 1)
        ApiStage holdingStage() {
            return (request, response, endpoint, next) -> {
                LEFT.put(endpoint.id(), RequestDeadline.current().orElseThrow().remaining());
                var hold = request.getHeader(HOLD_HEADER);
                if (hold != null) {
                    try {
                        Thread.sleep(Long.parseLong(hold));
                    }
                    catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                next.proceed();
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        LEFT.clear();
    }

    @Test
    void commodityBuyIsGivenTenSecondsAndOrderQueryThree() {
        var device = fixtures.device("admin-1");

        assertThat(call(ApiEndpoint.COMMODITY_BUY, purchase(device.value()), null).code()).isEqualTo(200);
        assertThat(call(ApiEndpoint.ORDER_QUERY, query(device.value()), null).code()).isEqualTo(200);

        assertThat(LEFT.get("commodity-buy")).isGreaterThan(Duration.ofSeconds(3))
                .isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(LEFT.get("order-query")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aBuyHeldPastThreeSecondsStillSucceedsWhereOrderQueryIsServiceNotAvailable() {
        var device = fixtures.device("admin-1");

        var buy = call(ApiEndpoint.COMMODITY_BUY, purchase(device.value()), HOLD);
        var query = call(ApiEndpoint.ORDER_QUERY, query(device.value()), HOLD);

        assertThat(buy.code()).isEqualTo(200);
        assertThat(query.code()).isEqualTo(503);
        assertThat(query.message()).isEqualTo("service not available.");
    }

    private ApiResult call(ApiEndpoint endpoint, Envelope envelope, Duration hold) {
        var body = envelope.json().getBytes(StandardCharsets.UTF_8);
        return hold == null ? api.post(endpoint.path(), body, "Content-Type", "application/json")
                : api.post(endpoint.path(), body, "Content-Type", "application/json", HOLD_HEADER,
                        String.valueOf(hold.toMillis()));
    }

    private static Envelope purchase(String iotId) {
        return Envelope.get().apiVer("1.0.8").param("iotId", iotId).param("userName", "Li Lei")
                .param("commodityCode", "ilopLVCloudResource").param("specification", "eventResource_7")
                .param("copies", 1);
    }

    private static Envelope query(String iotId) {
        return Envelope.get().apiVer("1.0.6").param("iotId", iotId);
    }
}
