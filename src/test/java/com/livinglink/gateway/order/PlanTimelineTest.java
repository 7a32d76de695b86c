package com.livinglink.gateway.order;

import static com.livinglink.gateway.support.Fixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The queue end of a device's plan timeline (contract 11.2.3), read from the database. */
@ServiceTest
class PlanTimelineTest {

    static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");

    @Autowired
    PlanTimeline timeline;

    @Autowired
    OrderRepository orders;

    @Autowired
    CommodityCatalog catalog;

    @Autowired
    Fixtures fixtures;

    Order planOn(IotId device, Instant start) {
        var order = Order.boughtFor(new OrderId(Fixtures.unique("ord")),
                catalog.find("ilopLVCloudResource", "eventResource_7").orElseThrow(), 1, new BigDecimal("1.0"), null,
                OrderType.PAID, device, new IdentityId("owner"), new Purchaser(null, null),
                RecordingSettings.defaults(), start, Clock.fixed(NOW, SHANGHAI));
        return orders.save(order);
    }

    @Test
    void aDeviceWithoutPlansQueuesFromNow() {
        var device = fixtures.device("owner");

        assertThat(timeline.queueEnd(device, NOW)).isEqualTo(NOW);
    }

    @Test
    void theQueueEndIsTheLatestEndOfTheDevicesRunningAndQueuedPlans() {
        var device = fixtures.device("owner");
        planOn(device, NOW);
        var queued = planOn(device, NOW.plus(Duration.ofDays(40)));

        assertThat(timeline.queueEnd(device, NOW)).isEqualTo(queued.detailsAt(NOW).endTime());
    }

    @Test
    void frozenEndedAndOtherDevicesPlansDoNotCount() {
        var device = fixtures.device("owner");
        var frozen = planOn(device, NOW);
        frozen.freeze(Clock.fixed(NOW, SHANGHAI));
        orders.save(frozen);
        planOn(device, NOW.minus(Duration.ofDays(90)));
        planOn(fixtures.device("owner"), NOW.plus(Duration.ofDays(10)));

        assertThat(timeline.queueEnd(device, NOW)).isEqualTo(NOW);
    }

    @Test
    void aPlanForImmediateUseStartsNow() {
        var device = fixtures.device("owner");
        planOn(device, NOW);

        assertThat(timeline.startOfNewPlan(device, true, NOW)).isEqualTo(NOW);
        assertThat(timeline.startOfNewPlan(device, false, NOW)).isAfter(NOW);
    }
}
