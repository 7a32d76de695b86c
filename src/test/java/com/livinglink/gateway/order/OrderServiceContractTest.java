package com.livinglink.gateway.order;

import static com.livinglink.gateway.api.ResultCode.AUTH_FAILED;
import static com.livinglink.gateway.api.ResultCode.DEVICE_HAS_NO_ADMINISTRATOR;
import static com.livinglink.gateway.api.ResultCode.DEVICE_NOT_EXIST;
import static com.livinglink.gateway.api.ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE;
import static com.livinglink.gateway.api.ResultCode.ORDER_EXPIRED;
import static com.livinglink.gateway.api.ResultCode.ORDER_FROZEN;
import static com.livinglink.gateway.api.ResultCode.ORDER_NOT_EXIST;
import static com.livinglink.gateway.api.ResultCode.ORDER_NOT_PAID;
import static com.livinglink.gateway.support.Fixtures.SHANGHAI;
import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.DomainFailureCodes;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.ImportResult.ImportError;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.ServiceContractTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The semantics of bind/order and order/get (contract sections 3, 4 and 6) and of the order import
 * (section 9), called on the services without HTTP so that the same rules run against every database
 * the gateway supports. Time is the {@link MutableClock}, stopped at {@link #NOW} before each test.
 */
abstract class OrderServiceContractTest extends ServiceContractTest {

    static final Instant NOW = Instant.parse("2024-03-10T04:05:06.789Z");
    static final Instant NOW_IN_SECONDS = Instant.parse("2024-03-10T04:05:06Z");
    static final Optional<IdentityId> TRUSTED_APP = Optional.empty();
    static final Purchaser PURCHASER = new Purchaser("Li Lei", "user-42");
    static final RecordingSettings SETTINGS = new RecordingSettings(false, 3, 20, true, 900);

    @Autowired
    OrderImportService imports;

    @Autowired
    DeviceService devices;

    @Override
    protected Instant now() {
        return NOW;
    }

    // bind/order: who may bind (section 3, rules 1 and 2)

    @Test
    void bindToAnUnknownDeviceIsRefusedWith28560() {
        var order = fixtures.paidOrder();

        assertThat(bindRefusal(new IotId(unique("dev")), order, TRUSTED_APP)).isEqualTo(DEVICE_NOT_EXIST);
    }

    @Test
    void bindToADeviceWithoutAdministratorIsRefusedWith29605() {
        var device = fixtures.device(null);
        var order = fixtures.paidOrder();

        assertThat(bindRefusal(device, order, TRUSTED_APP)).isEqualTo(DEVICE_HAS_NO_ADMINISTRATOR);
        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }

    @Test
    void bindByAnIdentityOtherThanTheAdministratorIsRefusedWithAuthFailed() {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();

        assertThat(bindRefusal(device, order, identity("admin-b"))).isEqualTo(AUTH_FAILED);
        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }

    @Test
    void bindByTheAdministratorSucceeds() {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();

        orders.bind(command(device, order, PURCHASER, SETTINGS), identity("admin-a"));

        assertThat(orders.find(order).orElseThrow().iotId()).contains(device);
    }

    @Test
    void aBindThatWouldEndAfterTheSupportedRangeWritesNothing() {
        clock.set(Instant.parse("9999-12-15T00:00:00Z"));
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();

        var refused = catchThrowableOfType(DomainFailure.class,
                () -> orders.bind(command(device, order, PURCHASER, SETTINGS), TRUSTED_APP));

        assertThat(refused).as("refusal").isNotNull();
        assertThat(DomainFailureCodes.codeOf(refused)).isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.length", "copies", "9999-12-31T15:59:59Z"));
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).isEmpty();
        assertThat(stored.startTime()).isNull();
    }

    @Test
    void deviceRulesAreCheckedBeforeTheOrderIsLookedUp() {
        var unknownOrder = new OrderId(unique("ord"));

        assertThat(bindRefusal(new IotId(unique("dev")), unknownOrder, TRUSTED_APP)).isEqualTo(DEVICE_NOT_EXIST);
        assertThat(bindRefusal(fixtures.device(null), unknownOrder, TRUSTED_APP))
                .isEqualTo(DEVICE_HAS_NO_ADMINISTRATOR);
        assertThat(bindRefusal(fixtures.device("admin-a"), unknownOrder, identity("admin-b")))
                .isEqualTo(AUTH_FAILED);
    }

    // bind/order: which orders can be bound (section 3, rules 3 and 5)

    @Test
    void bindOfAnUnknownOrderIsRefusedWith29600() {
        var device = fixtures.device("admin-a");

        assertThat(bindRefusal(device, new OrderId(unique("ord")), TRUSTED_APP)).isEqualTo(ORDER_NOT_EXIST);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"UNPAID", "PAYING"})
    void bindOfAnOrderNotPaidIsRefusedWith29602(PaymentStatus payment) {
        var device = fixtures.device("admin-a");
        var order = fixtures.order(payment, false, 1);

        assertThat(bindRefusal(device, order, TRUSTED_APP)).isEqualTo(ORDER_NOT_PAID);
    }

    @Test
    void bindOfAFrozenOrderIsRefusedWith29603() {
        var device = fixtures.device("admin-a");
        var order = fixtures.order(PaymentStatus.PAID, true, 1);

        assertThat(bindRefusal(device, order, TRUSTED_APP)).isEqualTo(ORDER_FROZEN);
    }

    @Test
    void bindOfAnExpiredOrderIsRefusedWith29604() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(400)));

        assertThat(bindRefusal(device, order, TRUSTED_APP)).isEqualTo(ORDER_EXPIRED);
    }

    @Test
    void bindOfAnOrderBoundToAnotherDeviceIsRefusedWith29601() {
        var first = fixtures.device("admin-a");
        var second = fixtures.device("admin-a");
        var order = fixtures.paidOrder();
        orders.bind(command(first, order, PURCHASER, SETTINGS), TRUSTED_APP);

        assertThat(bindRefusal(second, order, TRUSTED_APP)).isEqualTo(ORDER_BOUND_TO_ANOTHER_DEVICE);
        assertThat(orders.find(order).orElseThrow().iotId()).contains(first);
    }

    // bind/order: what a bind stores (section 3, rules 4 and 5)

    @Test
    void firstBindStartsTheServiceNowForCopiesTimesTheCommodityMonths() {
        var device = fixtures.device("admin-a");
        var order = fixtures.order(PaymentStatus.PAID, false, 3);

        orders.bind(command(device, order, PURCHASER, SETTINGS), TRUSTED_APP);

        var bound = orders.find(order).orElseThrow();
        assertThat(bound.iotId()).contains(device);
        assertThat(bound.identityId()).contains(new IdentityId("admin-a"));
        assertThat(bound.userName()).isEqualTo("Li Lei");
        assertThat(bound.userId()).isEqualTo("user-42");
        assertThat(bound.recordingSettings()).isEqualTo(SETTINGS);
        assertThat(bound.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(bound.endTime()).isEqualTo(Instant.parse("2024-06-10T04:05:06Z"));
        assertThat(bound.status()).isEqualTo(OrderStatus.VALID);
    }

    @Test
    void monthsAreCalendarMonthsCountedInShanghai() {
        // 01:00 on Jan 31 in Shanghai is still Jan 30 in UTC: counted in UTC the months would end a day late.
        var start = ZonedDateTime.of(2023, 1, 31, 1, 0, 0, 0, SHANGHAI);
        clock.set(start.toInstant());
        var device = fixtures.device("admin-a");
        var oneMonth = fixtures.order(PaymentStatus.PAID, false, 1);
        var threeMonths = fixtures.order(PaymentStatus.PAID, false, 3);

        orders.bind(command(device, oneMonth, PURCHASER, SETTINGS), TRUSTED_APP);
        orders.bind(command(device, threeMonths, PURCHASER, SETTINGS), TRUSTED_APP);

        assertThat(orders.find(oneMonth).orElseThrow().endTime())
                .isEqualTo(ZonedDateTime.of(2023, 2, 28, 1, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(orders.find(threeMonths).orElseThrow().endTime())
                .isEqualTo(ZonedDateTime.of(2023, 4, 30, 1, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void rebindToTheSameDeviceReplacesPurchaserAndSettingsAndKeepsTheServicePeriod() {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();
        orders.bind(command(device, order, PURCHASER, SETTINGS), TRUSTED_APP);
        clock.advance(Duration.ofDays(10));
        var newSettings = RecordingSettings.defaults();

        orders.bind(command(device, order, new Purchaser("Han Meimei", null), newSettings), TRUSTED_APP);

        var rebound = orders.find(order).orElseThrow();
        assertThat(rebound.userName()).isEqualTo("Han Meimei");
        assertThat(rebound.userId()).isNull();
        assertThat(rebound.recordingSettings()).isEqualTo(newSettings);
        assertThat(rebound.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(rebound.endTime()).isEqualTo(Instant.parse("2024-04-10T04:05:06Z"));
        assertThat(rebound.identityId()).contains(new IdentityId("admin-a"));
    }

    @Test
    void rebindByANewAdministratorKeepsTheIdentityTheOrderWasBoundFor() {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();
        orders.bind(command(device, order, PURCHASER, SETTINGS), identity("admin-a"));
        devices.register(device, new IdentityId("admin-b"));

        orders.bind(command(device, order, PURCHASER, SETTINGS), identity("admin-b"));

        assertThat(orders.find(order).orElseThrow().identityId()).contains(new IdentityId("admin-a"));
    }

    // order/get: which orders a device sees (section 4)

    @Test
    void getOfAnOrderBoundToAnotherDeviceIsRefusedWith29600() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(fixtures.device("admin-a"), "admin-a", NOW);

        assertThat(getRefusal(device, order, TRUSTED_APP, false)).isEqualTo(ORDER_NOT_EXIST);
    }

    @Test
    void getOfAnUnboundOrderIsRefusedWith29600() {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();

        assertThat(getRefusal(device, order, TRUSTED_APP, false)).isEqualTo(ORDER_NOT_EXIST);
    }

    @Test
    void getOfAnUnknownOrderIsRefusedWith29600() {
        var device = fixtures.device("admin-a");

        assertThat(getRefusal(device, new OrderId(unique("ord")), TRUSTED_APP, false)).isEqualTo(ORDER_NOT_EXIST);
    }

    // order/get: status and preConsume are derived when read (section 4)

    @Test
    void orderWithinItsServicePeriodIsValid() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(3)));

        assertThat(get(device, order).status()).isEqualTo(OrderStatus.VALID);
    }

    @Test
    void orderIsExpiredFromItsEndTimeOn() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW);
        var end = get(device, order).endTime();

        clock.set(end.minusSeconds(1));
        assertThat(get(device, order).status()).isEqualTo(OrderStatus.VALID);
        clock.set(end);
        assertThat(get(device, order).status()).isEqualTo(OrderStatus.EXPIRED);
        clock.set(end.plus(Duration.ofDays(30)));
        assertThat(get(device, order).status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void orderFrozenAfterItsBindReadsAsFrozenEvenPastItsEnd() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW);
        // No API freezes a bound order; an operator does it in the database, and reads must follow.
        jdbc.update("UPDATE cloud_order SET frozen = TRUE WHERE order_id = ?", order.value());

        assertThat(get(device, order).status()).isEqualTo(OrderStatus.FROZEN);
        clock.advance(Duration.ofDays(400));
        assertThat(get(device, order).status()).isEqualTo(OrderStatus.FROZEN);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"UNPAID", "PAYING"})
    void orderNotPaidReadsAsUnpaid(PaymentStatus payment) {
        var order = fixtures.order(payment, false, 1);

        assertThat(orders.find(order).orElseThrow().status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void frozenTakesPrecedenceOverUnpaid() {
        var order = fixtures.order(PaymentStatus.UNPAID, true, 1);

        assertThat(orders.find(order).orElseThrow().status()).isEqualTo(OrderStatus.FROZEN);
    }

    @Test
    void preConsumeIsTheServiceTimeUsedSoFar() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW_IN_SECONDS);

        clock.set(NOW_IN_SECONDS.plus(Duration.ofHours(1)).plusSeconds(5));

        assertThat(get(device, order).preConsumedSeconds()).isEqualTo(3605);
    }

    @Test
    void preConsumeIsZeroWhileNowIsBeforeTheStart() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW_IN_SECONDS);

        clock.set(NOW_IN_SECONDS.minus(Duration.ofHours(1)));

        assertThat(get(device, order).preConsumedSeconds()).isZero();
    }

    @Test
    void preConsumeStopsAtTheWholeServicePeriod() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW_IN_SECONDS);
        var end = get(device, order).endTime();

        clock.set(end.plus(Duration.ofDays(100)));

        assertThat(get(device, order).preConsumedSeconds())
                .isEqualTo(Duration.between(NOW_IN_SECONDS, end).getSeconds());
    }

    @Test
    void preConsumeOfAnUnboundOrderIsZero() {
        var order = fixtures.paidOrder();

        assertThat(orders.find(order).orElseThrow().preConsumedSeconds()).isZero();
    }

    // order/get: who may read (section 4)

    @Test
    void getWithoutIotTokenTrustsTheSigningApp() {
        var owned = fixtures.device("admin-a");
        var ownerless = fixtures.device(null);
        var ownedOrder = fixtures.boundOrder(owned, "admin-a", NOW);
        var ownerlessOrder = fixtures.boundOrder(ownerless, "former-admin", NOW);

        assertThat(orders.get(owned, ownedOrder, TRUSTED_APP, false).orderId()).isEqualTo(ownedOrder);
        assertThat(orders.get(ownerless, ownerlessOrder, TRUSTED_APP, false).orderId()).isEqualTo(ownerlessOrder);
    }

    @Test
    void getByTheDeviceAdministratorSucceeds() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", NOW);

        assertThat(orders.get(device, order, identity("admin-a"), false).orderId()).isEqualTo(order);
    }

    @Test
    void getByAnyoneButTheDeviceAdministratorFailsAuth() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "former-admin", NOW);

        assertThat(getRefusal(device, order, identity("stranger"), false)).isEqualTo(AUTH_FAILED);
        assertThat(getRefusal(device, order, identity("former-admin"), false)).isEqualTo(AUTH_FAILED);
        assertThat(getRefusal(device, order, identity("former-admin"), true)).isEqualTo(AUTH_FAILED);
    }

    @Test
    void getOnAnOwnerlessDeviceByTheOrdersIdentityDeclaringNoOwnerSucceeds() {
        var device = fixtures.device(null);
        var order = fixtures.boundOrder(device, "former-admin", NOW);

        assertThat(orders.get(device, order, identity("former-admin"), true).orderId()).isEqualTo(order);
    }

    @Test
    void getOnAnOwnerlessDeviceWithoutDeviceNoOwnerFailsAuth() {
        var device = fixtures.device(null);
        var order = fixtures.boundOrder(device, "former-admin", NOW);

        assertThat(getRefusal(device, order, identity("former-admin"), false)).isEqualTo(AUTH_FAILED);
    }

    @Test
    void getOnAnOwnerlessDeviceByAnotherIdentityThanTheOrdersFailsAuth() {
        var device = fixtures.device(null);
        var order = fixtures.boundOrder(device, "former-admin", NOW);

        assertThat(getRefusal(device, order, identity("stranger"), true)).isEqualTo(AUTH_FAILED);
    }

    // import (section 5 and 9)

    @Test
    void importSkipsExistingOrdersAndNeverOverwritesThem() {
        var existing = fixtures.paidOrder();
        var fresh = unique("ord");

        var result = imports.importOrders(List.of(
                imported(existing.value(), "fullResource_30", 5, 0),
                imported(fresh, "eventResource_7", 1, 1)));

        assertThat(result).isEqualTo(new ImportResult(1, 1, List.of()));
        var kept = orders.find(existing).orElseThrow();
        assertThat(kept.specification()).isEqualTo("eventResource_7");
        assertThat(kept.copies()).isEqualTo(1);
        assertThat(kept.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(orders.find(new OrderId(fresh))).isPresent();
    }

    @Test
    void importReportsEachInvalidEntryWithItsIndexAndCreatesTheOthers() {
        var first = unique("ord");
        var noCopies = unique("ord");
        var last = unique("ord");

        var result = imports.importOrders(List.of(
                imported(first, "eventResource_7", 1, 1),
                imported(noCopies, "eventResource_7", 0, 1),
                imported("has space", "eventResource_7", 1, 1),
                imported(last, "eventResource_7", 1, 1)));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).isZero();
        assertThat(result.errors()).extracting(ImportError::index, ImportError::orderId)
                .containsExactly(tuple(1, noCopies),
                        tuple(2, "has space"));
        assertThat(result.errors().get(0).message()).contains("copies");
        assertThat(orders.find(new OrderId(first))).isPresent();
        assertThat(orders.find(new OrderId(noCopies))).isEmpty();
        assertThat(orders.find(new OrderId(last))).isPresent();
    }

    @Test
    void importRejectsACommodityOrSpecificationOutsideTheCatalog() {
        var unknownSpecification = unique("ord");
        var unknownCommodity = unique("ord");

        var result = imports.importOrders(List.of(
                imported(unknownSpecification, "eventResource_365", 1, 1),
                new ImportedOrder(unknownCommodity, "someOtherResource", "eventResource_7", 1, null, null, 1, null,
                        null)));

        assertThat(result.created()).isZero();
        assertThat(result.errors()).extracting(ImportError::index).containsExactly(0, 1);
        assertThat(result.errors()).allSatisfy(error -> assertThat(error.message()).contains("catalog"));
        assertThat(orders.find(new OrderId(unknownSpecification))).isEmpty();
        assertThat(orders.find(new OrderId(unknownCommodity))).isEmpty();
    }

    private void bindAs(IotId device, OrderId order, Optional<IdentityId> caller) {
        orders.bind(command(device, order, PURCHASER, SETTINGS), caller);
    }

    private ResultCode bindRefusal(IotId device, OrderId order, Optional<IdentityId> caller) {
        return refusal(() -> bindAs(device, order, caller));
    }

    private ResultCode getRefusal(IotId device, OrderId order, Optional<IdentityId> caller, boolean deviceNoOwner) {
        return refusal(() -> orders.get(device, order, caller, deviceNoOwner));
    }

    private OrderDetails get(IotId device, OrderId order) {
        return orders.get(device, order, TRUSTED_APP, false);
    }

    /** The contract code the API answers the service's refusal with. */
    private static ResultCode refusal(ThrowingCallable call) {
        var refused = catchThrowableOfType(DomainFailure.class, call);
        assertThat(refused).as("refusal").isNotNull();
        return DomainFailureCodes.codeOf(refused);
    }

    private static BindOrder command(IotId device, OrderId order, Purchaser purchaser, RecordingSettings settings) {
        return new BindOrder(device, order, purchaser, settings);
    }

    private static Optional<IdentityId> identity(String identityId) {
        return Optional.of(new IdentityId(identityId));
    }

    private static ImportedOrder imported(String orderId, String specification, int copies, int paymentStatus) {
        return new ImportedOrder(orderId, "ilopLVCloudResource", specification, copies, new BigDecimal("9.9"),
                "out-" + orderId, paymentStatus, null, null);
    }
}
