package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * commodity/enable and transfer with {@code gateway.compat.plan-time-format=string}: the platform's table
 * shape (contract 11.7), times as text and no {@code *Str} keys.
 */
@TestPropertySource(properties = "gateway.compat.plan-time-format=string")
class PlanTimeFormatStringApiTest extends CloudStorageApiTest {

    PlanTimeFormatStringApiTest() {
        super(Instant.parse("2024-03-10T00:00:00Z"));
    }

    @Test
    void enableAnswersTheTablesKeysInOrderWithTextTimes() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-04-01T00:00:00Z"), 1);

        var data = api.post(Api.COMMODITY_ENABLE.path(), Envelope.enable().param("iotId", device.value())
                .param("orderId", order.value())).data();

        assertThat(keys(data)).containsExactly("orderId", "commodityCode", "specification", "copies", "startTime",
                "endTime", "expired", "paymentStatus", "price", "commodityType", "startTimeUTC", "endTimeUTC");
        assertThat(data.get("startTime").asString()).isEqualTo("2024-03-10 08:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2024-04-09 08:00:00");
        assertThat(data.get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
    }

    @Test
    void transferAnswersTheSameShape() {
        var source = fixtures.device("admin-1");
        var destination = fixtures.device("admin-1");
        var order = fixtures.planFrom(source, "admin-1", Instant.parse("2024-03-01T00:00:00Z"), 1);

        var data = api.post(Api.TRANSFER.path(), Envelope.transfer().param("srcIotId", source.value())
                .param("srcOrderId", order.value()).param("dstIotId", destination.value())
                .param("immediateUse", true)).data();

        assertThat(keys(data)).containsExactly("orderId", "commodityCode", "specification", "copies", "startTime",
                "endTime", "expired", "paymentStatus", "price", "commodityType", "startTimeUTC", "endTimeUTC");
        assertThat(data.get("startTime").asString()).isEqualTo("2024-03-10 08:00:00");
        assertThat(data.get("endTime").asString()).isEqualTo("2024-04-01 08:00:00");
    }
}
