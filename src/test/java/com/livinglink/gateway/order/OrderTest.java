package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.device.DeviceAccess;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.OrderBoundToAnotherDevice;
import com.livinglink.gateway.failure.OrderExpired;
import com.livinglink.gateway.failure.OrderFrozen;
import com.livinglink.gateway.failure.OrderNotPaid;
import com.livinglink.gateway.identity.IdentityId;
import org.junit.jupiter.api.Test;

/** The rules an order keeps by itself (contract sections 3 and 4), without Spring or a database. */
class OrderTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2024-01-31T04:05:06.789Z");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);
    static final Commodity MONTHLY = new Commodity("ilopLVCloudResource", "eventResource_7", 2, 7, 1,
            new BigDecimal("1.0"), "事件型7天", true);
    static final IotId CAMERA = new IotId("camera-1");
    static final IotId OTHER_CAMERA = new IotId("camera-2");
    static final IdentityId ADMINISTRATOR = new IdentityId("administrator");
    static final IdentityId STRANGER = new IdentityId("stranger");
    static final Purchaser PURCHASER = new Purchaser("Li Lei", "user-42");
    static final RecordingSettings SETTINGS = new RecordingSettings(false, 3, 20, true, 900);

    @Test
    void bindingStartsTheServiceNowForCopiesTimesTheCommoditysMonthsInTheServiceZone() {
        var order = paid(3);

        order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK);

        var details = order.detailsAt(NOW);
        assertThat(details.iotId()).contains(CAMERA);
        assertThat(details.identityId()).contains(ADMINISTRATOR);
        assertThat(details.startTime()).isEqualTo(Instant.parse("2024-01-31T04:05:06Z"));
        // 31 January in Shanghai plus three calendar months is the last day of April there.
        assertThat(details.endTime()).isEqualTo(Instant.parse("2024-04-30T04:05:06Z"));
        assertThat(details.status()).isEqualTo(OrderStatus.VALID);
        assertThat(details.userName()).isEqualTo("Li Lei");
        assertThat(details.recordingSettings()).isEqualTo(SETTINGS);
    }

    @Test
    void bindingAnUnpaidOrderIsRefused() {
        var order = order(PaymentStatus.UNPAID, false);

        assertThatThrownBy(() -> order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK))
                .isInstanceOf(OrderNotPaid.class);
        assertThat(order.detailsAt(NOW).iotId()).isEmpty();
    }

    @Test
    void bindingAnOrderThatIsStillBeingPaidIsRefused() {
        var order = order(PaymentStatus.PAYING, false);

        assertThatThrownBy(() -> order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK))
                .isInstanceOf(OrderNotPaid.class);
    }

    @Test
    void bindingAFrozenOrderIsRefused() {
        var order = order(PaymentStatus.PAID, true);

        assertThatThrownBy(() -> order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK))
                .isInstanceOf(OrderFrozen.class);
    }

    @Test
    void anUnpaidFrozenOrderIsRefusedAsUnpaidFirst() {
        var order = order(PaymentStatus.UNPAID, true);

        assertThatThrownBy(() -> order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK))
                .isInstanceOf(OrderNotPaid.class);
    }

    @Test
    void bindingAnOrderWhoseServiceHasEndedIsRefused() {
        var order = boundToCamera();
        var atTheEnd = Clock.fixed(order.detailsAt(NOW).endTime(), SHANGHAI);

        assertThatThrownBy(() -> order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, atTheEnd))
                .isInstanceOf(OrderExpired.class);
    }

    @Test
    void bindingAnOrderOfAnotherDeviceIsRefusedAndLeavesItWhereItWas() {
        var order = boundToCamera();

        assertThatThrownBy(() -> order.bindTo(OTHER_CAMERA, STRANGER, PURCHASER, SETTINGS, CLOCK))
                .isInstanceOf(OrderBoundToAnotherDevice.class);
        assertThat(order.detailsAt(NOW).iotId()).contains(CAMERA);
        assertThat(order.detailsAt(NOW).identityId()).contains(ADMINISTRATOR);
    }

    @Test
    void bindingAgainToTheSameDeviceReplacesPurchaserAndSettingsButKeepsTheServicePeriod() {
        var order = boundToCamera();
        var before = order.detailsAt(NOW);
        var later = Clock.fixed(NOW.plusSeconds(3600), SHANGHAI);
        var otherSettings = new RecordingSettings(true, 0, 0, false, 3600);

        order.bindTo(CAMERA, ADMINISTRATOR, new Purchaser("Han Meimei", null), otherSettings, later);

        var after = order.detailsAt(later.instant());
        assertThat(after.startTime()).isEqualTo(before.startTime());
        assertThat(after.endTime()).isEqualTo(before.endTime());
        assertThat(after.userName()).isEqualTo("Han Meimei");
        assertThat(after.userId()).isNull();
        assertThat(after.recordingSettings()).isEqualTo(otherSettings);
    }

    @Test
    void statusIsFrozenBeforeUnpaidBeforeExpired() {
        assertThat(order(PaymentStatus.UNPAID, true).statusAt(NOW)).isEqualTo(OrderStatus.FROZEN);
        assertThat(order(PaymentStatus.UNPAID, false).statusAt(NOW)).isEqualTo(OrderStatus.UNPAID);
        assertThat(paid(1).statusAt(NOW)).isEqualTo(OrderStatus.VALID);
    }

    @Test
    void anOrderExpiresTheInstantItsServiceEnds() {
        var order = boundToCamera();
        var end = order.detailsAt(NOW).endTime();

        assertThat(order.statusAt(end.minusMillis(1))).isEqualTo(OrderStatus.VALID);
        assertThat(order.statusAt(end)).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void preConsumedSecondsAreZeroWhileUnboundAndClampedToTheServicePeriod() {
        var unbound = paid(1);
        var bound = boundToCamera();
        var start = bound.detailsAt(NOW).startTime();
        var end = bound.detailsAt(NOW).endTime();

        assertThat(unbound.preConsumedSecondsAt(NOW)).isZero();
        assertThat(bound.preConsumedSecondsAt(start.minusSeconds(10))).isZero();
        assertThat(bound.preConsumedSecondsAt(start.plusSeconds(90))).isEqualTo(90);
        assertThat(bound.preConsumedSecondsAt(end.plusSeconds(86_400)))
                .isEqualTo(end.getEpochSecond() - start.getEpochSecond());
    }

    @Test
    void onADeviceWithoutAdministratorOnlyTheIdentityItWasBoundForMayReadItAndOnlyDeclaringTheDeviceOwnerless() {
        var order = boundToCamera();
        var ownerless = new DeviceAccess(Optional.of(ADMINISTRATOR), Optional.empty());
        var strangerOnOwnerless = new DeviceAccess(Optional.of(STRANGER), Optional.empty());

        assertThatNoException().isThrownBy(() -> order.checkReadableThrough(ownerless, true));
        assertThatThrownBy(() -> order.checkReadableThrough(ownerless, false)).isInstanceOf(CallerNotAllowed.class);
        assertThatThrownBy(() -> order.checkReadableThrough(strangerOnOwnerless, true))
                .isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void anUnboundOrderIsReadableByNoUserOnADeviceWithoutAdministrator() {
        var order = paid(1);
        var ownerless = new DeviceAccess(Optional.of(ADMINISTRATOR), Optional.empty());

        assertThatThrownBy(() -> order.checkReadableThrough(ownerless, true)).isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void anOrderNeedsAtLeastOneCopy() {
        assertThatThrownBy(() -> Order.purchased(new OrderId("order-0"), MONTHLY, 0, BigDecimal.ONE, null,
                PaymentStatus.PAID, OrderType.PAID, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Order boundToCamera() {
        var order = paid(1);
        order.bindTo(CAMERA, ADMINISTRATOR, PURCHASER, SETTINGS, CLOCK);
        return order;
    }

    private static Order paid(int copies) {
        return Order.purchased(new OrderId("order-1"), MONTHLY, copies, new BigDecimal("1.0"), "out-1",
                PaymentStatus.PAID, OrderType.PAID, false);
    }

    private static Order order(PaymentStatus paymentStatus, boolean frozen) {
        return Order.purchased(new OrderId("order-1"), MONTHLY, 1, new BigDecimal("1.0"), "out-1", paymentStatus,
                OrderType.PAID, frozen);
    }
}
