package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.device.DeviceAccess;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.CrossAccountTransferNotAllowed;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.failure.FreeOrderNotTransferable;
import com.livinglink.gateway.failure.OrderExpired;
import com.livinglink.gateway.failure.OrderFrozen;
import com.livinglink.gateway.failure.OrderNotPaid;
import com.livinglink.gateway.identity.IdentityId;
import org.junit.jupiter.api.Test;

/**
 * The rules of an order's changes after it is bound (contract 11.7–11.9): enabling, freezing through the
 * device, and transferring; without Spring or a database.
 */
class OrderPlanChangesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2024-03-10T00:00:00.500Z");
    static final Instant NOW_IN_SECONDS = Instant.parse("2024-03-10T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);
    static final Commodity MONTHLY = new Commodity("ilopLVCloudResource", "eventResource_7", 2, 7, 1,
            new BigDecimal("1.0"), "事件型7天", true);
    static final IotId SOURCE = new IotId("camera-1");
    static final IotId DESTINATION = new IotId("camera-2");
    static final IdentityId OWNER = new IdentityId("owner");
    static final IdentityId OTHER = new IdentityId("other");
    static final Optional<IdentityId> NO_CALLER = Optional.empty();

    // commodity/enable

    @Test
    void enablingAQueuedOrderStartsItNowWithTheSameLength() {
        var order = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.PAID);

        order.enableThrough(new DeviceAccess(NO_CALLER, Optional.of(OWNER)), CLOCK);

        var details = order.detailsAt(NOW);
        assertThat(details.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(details.endTime()).isEqualTo(NOW_IN_SECONDS.plus(Duration.ofDays(30)));
    }

    @Test
    void enablingChecksPaymentFreezeExpiryThenTheCaller() {
        var frozen = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.PAID);
        frozen.freeze(CLOCK);
        var expired = plan(Instant.parse("2024-01-01T00:00:00Z"), OrderType.PAID);
        var queued = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.PAID);
        var stranger = new DeviceAccess(Optional.of(OTHER), Optional.of(OWNER));

        assertThatThrownBy(() -> frozen.enableThrough(stranger, CLOCK)).isInstanceOf(OrderFrozen.class);
        assertThatThrownBy(() -> expired.enableThrough(stranger, CLOCK)).isInstanceOf(OrderExpired.class);
        assertThatThrownBy(() -> queued.enableThrough(stranger, CLOCK)).isInstanceOf(CallerNotAllowed.class);
        assertThat(queued.detailsAt(NOW).startTime()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void onADeviceWithoutAdministratorTheOrdersOwnIdentityMayEnable() {
        var order = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.PAID);

        assertThatThrownBy(() -> order.enableThrough(new DeviceAccess(Optional.of(OTHER), Optional.empty()), CLOCK))
                .isInstanceOf(CallerNotAllowed.class);
        order.enableThrough(new DeviceAccess(Optional.of(OWNER), Optional.empty()), CLOCK);
        assertThat(order.detailsAt(NOW).startTime()).isEqualTo(NOW_IN_SECONDS);
    }

    // freecloudstorage/enable

    @Test
    void enablingAQueuedFreePlanStartsItNowWithTheSameLength() {
        var order = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.FREE);

        order.enableAsFreePlan(CLOCK);

        var details = order.detailsAt(NOW);
        assertThat(details.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(details.endTime()).isEqualTo(NOW_IN_SECONDS.plus(Duration.ofDays(30)));
    }

    @Test
    void enablingAFreePlanChecksItsFreezeThenItsEnd() {
        var frozenAndEnded = plan(Instant.parse("2024-01-01T00:00:00Z"), OrderType.FREE);
        frozenAndEnded.freeze(CLOCK);
        var ended = plan(Instant.parse("2024-01-01T00:00:00Z"), OrderType.FREE);
        var running = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.FREE);

        assertThatThrownBy(() -> frozenAndEnded.enableAsFreePlan(CLOCK)).isInstanceOf(OrderFrozen.class);
        assertThatThrownBy(() -> ended.enableAsFreePlan(CLOCK)).isInstanceOf(OrderExpired.class);
        running.enableAsFreePlan(CLOCK);
        assertThat(running.detailsAt(NOW).startTime()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    // status/set

    @Test
    void freezingStrictlyNeedsTheAdministratorWhoOwnsTheOrder() {
        var order = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);

        assertThatThrownBy(() -> order.freezeThrough(new DeviceAccess(NO_CALLER, Optional.empty()), false, CLOCK))
                .isInstanceOf(DeviceHasNoAdministrator.class);
        assertThatThrownBy(() -> order.freezeThrough(new DeviceAccess(NO_CALLER, Optional.of(OTHER)), false, CLOCK))
                .isInstanceOf(CallerNotAllowed.class);
        assertThat(order.detailsAt(NOW).frozen()).isFalse();

        order.freezeThrough(new DeviceAccess(NO_CALLER, Optional.of(OTHER)), true, CLOCK);
        assertThat(order.detailsAt(NOW).status()).isEqualTo(OrderStatus.FROZEN);
        assertThat(order.detailsAt(NOW).frozenAt()).isEqualTo(NOW_IN_SECONDS);
    }

    @Test
    void freezingTwiceKeepsTheFirstFreeze() {
        var order = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);
        var access = new DeviceAccess(NO_CALLER, Optional.of(OWNER));

        order.freezeThrough(access, false, CLOCK);
        order.freezeThrough(access, false, Clock.offset(CLOCK, Duration.ofDays(1)));

        assertThat(order.detailsAt(NOW.plus(Duration.ofDays(2))).frozenAt()).isEqualTo(NOW_IN_SECONDS);
        assertThat(order.detailsAt(NOW.plus(Duration.ofDays(2))).preConsumedSeconds()).isEqualTo(9 * 86400);
    }

    // transfer

    @Test
    void aTransferMovesTheRemainingTimeToTheGivenStart() {
        var order = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);
        var start = Instant.parse("2024-05-01T00:00:00Z");

        order.transferTo(transfer(false, null, null), Optional.of(OWNER), NO_CALLER, start, CLOCK);

        var details = order.detailsAt(NOW);
        assertThat(details.iotId()).contains(DESTINATION);
        assertThat(details.identityId()).contains(OWNER);
        assertThat(details.startTime()).isEqualTo(start);
        assertThat(details.endTime()).isEqualTo(start.plus(Duration.between(NOW_IN_SECONDS,
                Instant.parse("2024-04-01T00:00:00Z"))));
        assertThat(details.recordingSettings()).isEqualTo(new RecordingSettings(true, 1, 2, true, 900));
        assertThat(details.userName()).isEqualTo("user-name");
        assertThat(details.userId()).isEqualTo("user-id");
    }

    @Test
    void aQueuedOrderMovesWithItsWholeWindowAndSentUserFieldsReplaceTheStoredOnes() {
        var order = plan(Instant.parse("2024-04-01T00:00:00Z"), OrderType.PAID);

        order.transferTo(transfer(false, "new-name", "new-id"), Optional.of(OWNER), NO_CALLER, NOW, CLOCK);

        var details = order.detailsAt(NOW);
        assertThat(details.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(details.endTime()).isEqualTo(NOW_IN_SECONDS.plus(Duration.ofDays(30)));
        assertThat(details.userName()).isEqualTo("new-name");
        assertThat(details.userId()).isEqualTo("new-id");
    }

    @Test
    void aTransferChecksItsRulesInTheContractsOrderAndChangesNothingWhenRefused() {
        var free = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.FREE);
        var frozen = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);
        frozen.freeze(CLOCK);
        var expired = plan(Instant.parse("2024-01-01T00:00:00Z"), OrderType.PAID);
        var running = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);

        assertThatThrownBy(() -> free.transferTo(transfer(true, null, null), Optional.empty(), Optional.of(OTHER), NOW,
                CLOCK)).isInstanceOf(FreeOrderNotTransferable.class);
        assertThatThrownBy(() -> frozen.transferTo(transfer(true, null, null), Optional.empty(), NO_CALLER, NOW,
                CLOCK)).isInstanceOf(OrderFrozen.class);
        assertThatThrownBy(() -> expired.transferTo(transfer(true, null, null), Optional.empty(), NO_CALLER, NOW,
                CLOCK)).isInstanceOf(OrderExpired.class);
        assertThatThrownBy(() -> running.transferTo(transfer(true, null, null), Optional.empty(), Optional.of(OTHER),
                NOW, CLOCK)).isInstanceOf(DeviceHasNoAdministrator.class);
        assertThatThrownBy(() -> running.transferTo(transfer(true, null, null), Optional.of(OTHER),
                Optional.of(OTHER), NOW, CLOCK)).isInstanceOf(CallerNotAllowed.class);
        assertThatThrownBy(() -> running.transferTo(transfer(false, null, null), Optional.of(OTHER), NO_CALLER, NOW,
                CLOCK)).isInstanceOf(CrossAccountTransferNotAllowed.class);
        assertThat(running.detailsAt(NOW).iotId()).contains(SOURCE);
        assertThat(running.detailsAt(NOW).startTime()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void anUnpaidOrderIsNotTransferred() {
        var order = Order.purchased(new OrderId("unpaid"), MONTHLY, 1, new BigDecimal("1.0"), null,
                PaymentStatus.UNPAID, OrderType.PAID, false);

        assertThatThrownBy(() -> order.transferTo(transfer(true, null, null), Optional.of(OWNER), NO_CALLER, NOW,
                CLOCK)).isInstanceOf(OrderNotPaid.class);
    }

    @Test
    void aTransferToAnotherAccountIsAllowedWhenAskedForAndTheOrderBelongsToItsNewAdministrator() {
        var order = plan(Instant.parse("2024-03-01T00:00:00Z"), OrderType.PAID);

        order.transferTo(transfer(true, null, null), Optional.of(OTHER), Optional.of(OWNER), NOW, CLOCK);

        assertThat(order.detailsAt(NOW).identityId()).contains(OTHER);
    }

    private static Order plan(Instant start, OrderType type) {
        var settings = new RecordingSettings(false, 5, 10, false, 900);
        return Order.boughtFor(new OrderId("order-" + start.getEpochSecond() + type), MONTHLY, 1,
                new BigDecimal("1.0"), "out-1", type, SOURCE, OWNER, new Purchaser("user-name", "user-id"), settings,
                start, Clock.fixed(start, SHANGHAI));
    }

    private static OrderTransfer transfer(boolean crossIdentity, String userName, String userId) {
        return new OrderTransfer(SOURCE, new OrderId("order"), DESTINATION, false, crossIdentity, true, 1, 2, true,
                userName, userId);
    }
}
