package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client that buys, lists, enables, freezes and transfers through the seven paid-plan APIs (contract
 * 11.3–11.9) sees in order/get and order/query the states each step left behind.
 */
class PaidPlanJourneyApiTest extends CloudStorageApiTest {

    PaidPlanJourneyApiTest() {
        super(Instant.parse("2024-03-10T00:00:00Z"));
    }

    @Test
    void everyStepOfAPlansLifeReadsBackConsistently() {
        var camera = fixtures.device("owner");
        var newCamera = fixtures.device("owner");

        assertThat(call(Api.COMMODITY_QUERY, Envelope.get().apiVer("1.0.4")).data().size()).isEqualTo(3);
        assertThat(call(Api.COMMODITY_CHECK, plan(Envelope.get().apiVer("1.0.3"), camera)).data()
                .get("available").asBoolean()).isTrue();
        var running = buy(camera);
        var queued = buy(camera);

        var listed = query(camera);
        assertThat(listed.get("total").asInt()).isEqualTo(2);
        assertThat(listed.get("orderList").valueStream().map(order -> order.get("orderId").asString()))
                .containsExactly(queued, running);
        assertThat(order(camera, running).get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
        assertThat(order(camera, queued).get("startTimeUTC").asString()).isEqualTo("2024-04-10T00:00:00Z");

        assertThat(call(Api.COMMODITY_ENABLE, Envelope.enable().param("iotId", camera.value())
                .param("orderId", queued)).code()).isEqualTo(200);
        assertThat(order(camera, queued).get("startTimeUTC").asString()).isEqualTo("2024-03-10T00:00:00Z");
        // A moved window keeps its length (11.2.4): the 30 days from 10 April to 10 May, counted from now.
        assertThat(order(camera, queued).get("endTimeUTC").asString()).isEqualTo("2024-04-09T00:00:00Z");

        assertThat(call(Api.STATUS_SET, Envelope.statusSet().param("iotId", camera.value())
                .param("orderId", running).param("status", 2)).code()).isEqualTo(200);
        assertThat(order(camera, running).get("status").asInt()).isEqualTo(2);

        assertThat(call(Api.TRANSFER, Envelope.transfer().param("srcIotId", camera.value())
                .param("srcOrderId", queued).param("dstIotId", newCamera.value()).param("immediateUse", true))
                .code()).isEqualTo(200);
        assertThat(call(Api.GET_ORDER, Envelope.get().param("iotId", camera.value())
                .param("orderId", queued)).code()).isEqualTo(29600);
        assertThat(order(newCamera, queued).get("status").asInt()).isZero();

        var left = query(camera);
        assertThat(left.get("total").asInt()).isEqualTo(1);
        assertThat(left.get("orderList").get(0).get("orderId").asString()).isEqualTo(running);
        assertThat(left.get("orderList").get(0).get("status").asInt()).isEqualTo(2);
        var moved = query(newCamera);
        assertThat(moved.get("total").asInt()).isEqualTo(1);
        assertThat(moved.get("orderList").get(0).get("iotId").asString()).isEqualTo(newCamera.value());
    }

    private static Envelope plan(Envelope envelope, IotId device) {
        return envelope.param("iotId", device.value()).param("commodityCode", "ilopLVCloudResource")
                .param("specification", "eventResource_7");
    }

    private String buy(IotId device) {
        var result = call(Api.COMMODITY_BUY,
                plan(Envelope.get().apiVer("1.0.8"), device).param("userName", "Li Lei").param("copies", 1));
        assertThat(result.code()).isEqualTo(200);
        return result.data().get("orderId").asString();
    }

    private JsonNode query(IotId device) {
        var result = call(Api.ORDER_QUERY, Envelope.get().param("iotId", device.value()));
        assertThat(result.code()).isEqualTo(200);
        return result.data();
    }
}
