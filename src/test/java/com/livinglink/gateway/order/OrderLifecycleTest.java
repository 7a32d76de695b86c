package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;

import org.junit.jupiter.api.Test;

/** Freezing, starting a queued plan, and orders bought bound (contract 11.2.3–11.2.5, 11.5, 11.7). */
class OrderLifecycleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");
    static final Commodity EVENT_7 = new Commodity("ilopLVCloudResource", "eventResource_7", 2, 7, 1,
            new BigDecimal("1.0"), "事件型7天", true);

    static Clock at(Instant instant) {
        return Clock.fixed(instant, SHANGHAI);
    }

    static Order boughtStartingAt(Instant start) {
        return Order.boughtFor(new OrderId("o-1"), EVENT_7, 2, new BigDecimal("2.0"), "123456789012345",
                OrderType.PAID, new IotId("device-1"), new IdentityId("owner"), new Purchaser("name", "id"),
                RecordingSettings.defaults(), start, at(NOW));
    }

    @Test
    void aBoughtOrderIsPaidBoundAndServesCopiesTimesMonthsFromItsStart() {
        var details = boughtStartingAt(NOW).detailsAt(NOW);

        assertThat(details.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(details.status()).isEqualTo(OrderStatus.VALID);
        assertThat(details.iotId()).contains(new IotId("device-1"));
        assertThat(details.identityId()).contains(new IdentityId("owner"));
        assertThat(details.startTime()).isEqualTo(NOW);
        assertThat(details.endTime()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    }

    @Test
    void anOrderBoughtWithoutAnIdentityIsBoundWithNone() {
        var order = Order.boughtFor(new OrderId("o-2"), EVENT_7, 1, new BigDecimal("1.0"), null, OrderType.PAID,
                new IotId("device-1"), null, new Purchaser(null, null), RecordingSettings.defaults(), NOW, at(NOW));

        assertThat(order.detailsAt(NOW).identityId()).isEmpty();
    }

    @Test
    void aQueuedOrderReadsAsValidWithNothingConsumed() {
        var order = boughtStartingAt(NOW.plus(Duration.ofDays(5)));

        assertThat(order.isQueuedAt(NOW)).isTrue();
        assertThat(order.detailsAt(NOW).status()).isEqualTo(OrderStatus.VALID);
        assertThat(order.detailsAt(NOW).preConsumedSeconds()).isZero();
    }

    @Test
    void startingAQueuedOrderMovesItsWindowToNowAndKeepsItsLength() {
        var order = boughtStartingAt(NOW.plus(Duration.ofDays(5)));
        var before = order.detailsAt(NOW);

        order.startNow(at(NOW));

        var after = order.detailsAt(NOW);
        assertThat(after.startTime()).isEqualTo(NOW);
        assertThat(Duration.between(after.startTime(), after.endTime()))
                .isEqualTo(Duration.between(before.startTime(), before.endTime()));
    }

    @Test
    void startingAnOrderAlreadyInEffectChangesNothing() {
        var order = boughtStartingAt(NOW.minus(Duration.ofDays(1)));
        var before = order.detailsAt(NOW);

        order.startNow(at(NOW));

        assertThat(order.detailsAt(NOW)).isEqualTo(before);
    }

    @Test
    void aFrozenOrderStopsConsumingWhenItWasFrozen() {
        var order = boughtStartingAt(NOW);
        order.freeze(at(NOW.plusSeconds(100)));

        var later = order.detailsAt(NOW.plus(Duration.ofDays(3)));
        assertThat(later.status()).isEqualTo(OrderStatus.FROZEN);
        assertThat(later.preConsumedSeconds()).isEqualTo(100);
    }

    @Test
    void freezingAFrozenOrderAgainKeepsTheFirstFreeze() {
        var order = boughtStartingAt(NOW);
        order.freeze(at(NOW.plusSeconds(100)));

        order.freeze(at(NOW.plusSeconds(500)));

        assertThat(order.detailsAt(NOW.plus(Duration.ofDays(3))).preConsumedSeconds()).isEqualTo(100);
    }
}
