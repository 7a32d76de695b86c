package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange.Cause;
import com.livinglink.gateway.identity.IdentityId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A plan's window never leaves the supported time range (contract 11.2.7): the order refuses the change that
 * would carry it past the range's last second, names the cause, and stays as it was. Without Spring or a database.
 */
class PlanWindowRangeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 9999-12-31 23:59:59 in Shanghai. */
    static final Instant LAST = Instant.parse("9999-12-31T15:59:59Z");
    static final Instant NOW = Instant.parse("9999-06-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);
    static final Commodity MONTHLY = new Commodity("ilopLVCloudResource", "eventResource_7", 2, 7, 1,
            new BigDecimal("1.0"), "事件型7天", true);
    static final IotId CAMERA = new IotId("camera-1");
    static final IotId OTHER_CAMERA = new IotId("camera-2");
    static final IdentityId ADMINISTRATOR = new IdentityId("administrator");

    @Test
    void aPurchaseWhoseCopiesWouldEndAfterTheRangeIsRefusedNamingCopies() {
        var refusal = refusal(() -> bought(OrderType.PAID, 7, NOW, CLOCK));

        assertThat(refusal.cause()).isEqualTo(Cause.COPIES);
        assertThat(refusal.lastSupported()).isEqualTo(LAST);
    }

    @Test
    void aFreeClaimWhoseMonthsWouldEndAfterTheRangeIsRefusedNamingItsQuota() {
        var november = Clock.fixed(Instant.parse("9999-11-01T00:00:00Z"), SHANGHAI);

        assertThat(refusal(() -> bought(OrderType.FREE, 3, november.instant(), november)).cause())
                .isEqualTo(Cause.QUOTA);
    }

    @Test
    void aPlanQueuedSoLateThatItWouldEndAfterTheRangeIsRefusedNamingTheQueue() {
        var queueEnd = Instant.parse("9999-12-15T00:00:00Z");

        assertThat(refusal(() -> bought(OrderType.PAID, 1, queueEnd, CLOCK)).cause()).isEqualTo(Cause.QUEUE);
    }

    @Test
    void aPlanMayEndOnTheRangesLastSecond() {
        // 9999-10-31 23:59:59 in Shanghai plus two calendar months is 9999-12-31 23:59:59 there.
        var start = Instant.parse("9999-10-31T15:59:59Z");

        var order = bought(OrderType.PAID, 2, start, Clock.fixed(start, SHANGHAI));

        assertThat(order.detailsAt(start).endTime()).isEqualTo(LAST);
    }

    @Test
    void aBindThatWouldEndAfterTheRangeIsRefusedAndLeavesTheOrderUnbound() {
        var order = Order.purchased(new OrderId("o-1"), MONTHLY, 1, new BigDecimal("1.0"), "out-1", PaymentStatus.PAID,
                OrderType.PAID, false);
        var december = Clock.fixed(Instant.parse("9999-12-15T00:00:00Z"), SHANGHAI);

        assertThat(refusal(() -> order.bindTo(CAMERA, ADMINISTRATOR, new Purchaser("Li Lei", null),
                RecordingSettings.defaults(), december)).cause()).isEqualTo(Cause.COPIES);
        var details = order.detailsAt(december.instant());
        assertThat(details.iotId()).isEmpty();
        assertThat(details.identityId()).isEmpty();
        assertThat(details.startTime()).isNull();
    }

    @Test
    void aTransferThatTheDestinationsQueueCarriesPastTheRangeIsRefusedAndTheOrderStays() {
        var start = Instant.parse("9999-05-20T00:00:00Z");
        var order = bought(OrderType.PAID, 1, start, Clock.fixed(start, SHANGHAI));
        var transfer = new OrderTransfer(CAMERA, order.orderId(), OTHER_CAMERA, false, false, false, 5, 10, false,
                null, null);

        assertThat(refusal(() -> order.transferTo(transfer, Optional.of(ADMINISTRATOR), Optional.empty(),
                Instant.parse("9999-12-31T15:00:00Z"), CLOCK)).cause()).isEqualTo(Cause.QUEUE);
        var details = order.detailsAt(NOW);
        assertThat(details.iotId()).contains(CAMERA);
        assertThat(details.startTime()).isEqualTo(start);
    }

    private static Order bought(OrderType type, int copies, Instant start, Clock clock) {
        return Order.boughtFor(new OrderId("o-1"), MONTHLY, copies, new BigDecimal("1.0"), "out-1", type, CAMERA,
                ADMINISTRATOR, new Purchaser("Li Lei", null), RecordingSettings.defaults(), start, clock);
    }

    private static WindowBeyondSupportedRange refusal(ThrowingCallable change) {
        var refusal = catchThrowableOfType(WindowBeyondSupportedRange.class, change);
        assertThat(refusal).as("refused as beyond the supported range").isNotNull();
        return refusal;
    }
}
