package com.livinglink.gateway.order;

import static com.livinglink.gateway.api.ResultCode.AUTH_FAILED;
import static com.livinglink.gateway.api.ResultCode.COMMODITY_NOT_AVAILABLE;
import static com.livinglink.gateway.api.ResultCode.DEVICE_HAS_NO_ADMINISTRATOR;
import static com.livinglink.gateway.api.ResultCode.DEVICE_NOT_EXIST;
import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.DomainFailureCodes;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.ServiceContractTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The semantics of commodity/check, commodity/buy and order/query (contract 11.4–11.6), called on the services
 * without HTTP so that the same rules run against every database the gateway supports. Time is the
 * {@link MutableClock}, stopped at {@link #NOW} before each test.
 */
abstract class PaidOrderServiceContractTest extends ServiceContractTest {

    static final Instant NOW = Instant.parse("2024-03-10T04:05:06.789Z");
    static final Instant NOW_IN_SECONDS = Instant.parse("2024-03-10T04:05:06Z");
    static final Optional<IdentityId> TRUSTED_APP = Optional.empty();
    static final Purchaser PURCHASER = new Purchaser("Li Lei", "user-42");
    static final RecordingSettings SETTINGS = new RecordingSettings(true, 3, 20, true, 900);
    /** 9999-12-31 23:59:59 in Shanghai, the service zone: the last instant of the supported time range. */
    static final String LAST_SUPPORTED = "9999-12-31T15:59:59Z";

    @Autowired
    PurchaseService purchases;

    @Override
    protected Instant now() {
        return NOW;
    }

    static BuyCommodity purchase(IotId device, String specification, int copies, boolean immediateUse,
            boolean deviceNoOwner) {
        return new BuyCommodity(device, "ilopLVCloudResource", specification, copies, PURCHASER, SETTINGS,
                immediateUse, deviceNoOwner);
    }

    static BuyCommodity purchase(IotId device) {
        return purchase(device, "eventResource_7", 1, false, false);
    }

    static ResultCode refusal(ThrowingCallable call) {
        return DomainFailureCodes.codeOf(refusalOf(call));
    }

    static DomainFailure refusalOf(ThrowingCallable call) {
        var failure = catchThrowableOfType(DomainFailure.class, call);
        assertThat(failure).as("a domain failure").isNotNull();
        return failure;
    }

    /** Takes a number of the order-number sequence, as a purchase does. */
    long nextOrderNumber() {
        return jdbc.queryForObject("SELECT nextval('cloud_order_number')", Long.class);
    }

    /** Moves the order-number sequence on, as that many purchases would have. */
    void restartOrderNumbersAt(long next) {
        jdbc.execute("ALTER SEQUENCE cloud_order_number RESTART WITH " + next);
    }

    static IdentityId identity(String value) {
        return new IdentityId(value);
    }

    // commodity/check

    @Test
    void checkAnswersWhetherThePlanIsInTheCatalogAndPurchasable() {
        var device = fixtures.device("admin-1");

        assertThat(purchases.isAvailable(device, "ilopLVCloudResource", "eventResource_7", TRUSTED_APP)).isTrue();
        assertThat(purchases.isAvailable(device, "ilopLVCloudResource", "eventResource_365", TRUSTED_APP)).isFalse();
    }

    @Test
    void checkNeedsARegisteredDeviceAndAppliesR1() {
        var device = fixtures.device("admin-1");

        assertThat(refusal(() -> purchases.isAvailable(new IotId(unique("dev")), "ilopLVCloudResource",
                "eventResource_7", TRUSTED_APP))).isEqualTo(DEVICE_NOT_EXIST);
        assertThat(refusal(() -> purchases.isAvailable(device, "ilopLVCloudResource", "eventResource_7",
                Optional.of(identity("other"))))).isEqualTo(AUTH_FAILED);
        assertThat(purchases.isAvailable(fixtures.device(null), "ilopLVCloudResource", "eventResource_7",
                Optional.of(identity("other")))).isTrue();
    }

    // commodity/buy

    @Test
    void aPurchaseIsAPaidOrderBoundToTheDeviceForItsAdministrator() {
        var device = fixtures.device("admin-1");

        var id = purchases.buy(purchase(device, "eventResource_7", 2, true, false), TRUSTED_APP);

        var order = orders.find(id).orElseThrow();
        assertThat(order.iotId()).contains(device);
        assertThat(order.identityId()).contains(identity("admin-1"));
        assertThat(order.copies()).isEqualTo(2);
        assertThat(order.price()).isEqualTo("2.0");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.orderType()).isEqualTo(OrderType.PAID);
        assertThat(order.status()).isEqualTo(OrderStatus.VALID);
        assertThat(order.userName()).isEqualTo("Li Lei");
        assertThat(order.userId()).isEqualTo("user-42");
        assertThat(order.recordingSettings()).isEqualTo(SETTINGS);
        assertThat(order.startTime()).isEqualTo(NOW_IN_SECONDS);
        assertThat(order.endTime()).isEqualTo(Instant.parse("2024-05-10T04:05:06Z"));
        assertThat(order.preConsumedSeconds()).isZero();
    }

    @Test
    void orderIdAndOutOrderNoAreNewNumbers() {
        var device = fixtures.device("admin-1");

        var first = orders.find(purchases.buy(purchase(device), TRUSTED_APP)).orElseThrow();
        var second = orders.find(purchases.buy(purchase(device), TRUSTED_APP)).orElseThrow();

        assertThat(first.orderId().value()).matches("20240310120506[0-9]{7}");
        assertThat(second.orderId().value()).matches("20240310120506[0-9]{7}").isNotEqualTo(first.orderId().value());
        assertThat(first.outOrderNo()).matches("[0-9]{15}");
        assertThat(second.outOrderNo()).matches("[0-9]{15}").isNotEqualTo(first.outOrderNo());
    }

    @Test
    void twoPurchasesAtOnePinnedInstantCrossingTheOldWrapGetDistinctIds() {
        var device = fixtures.device("admin-1");
        long before = nextOrderNumber();

        var first = purchases.buy(purchase(device), TRUSTED_APP);
        // The clock stands still: the next purchase is the 10,001st at this instant, where a 4-digit counter wrapped.
        restartOrderNumbersAt(before + 1 + 10_000);
        var second = purchases.buy(purchase(device), TRUSTED_APP);

        assertThat(first.value()).matches("20240310120506[0-9]{7}");
        assertThat(second.value()).matches("20240310120506[0-9]{7}").isNotEqualTo(first.value());
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).total()).isEqualTo(2);
    }

    @Test
    void aPurchaseWhoseIdIsTakenAlreadyTakesTheNextNumber() {
        var device = fixtures.device("admin-1");
        long before = nextOrderNumber();

        var first = purchases.buy(purchase(device), TRUSTED_APP);
        // Ten million purchases later, at the same instant, the 7-digit sequence meets the first id again.
        restartOrderNumbersAt(before + 1 + 10_000_000);
        var second = purchases.buy(purchase(device), TRUSTED_APP);

        assertThat(second.value()).matches("20240310120506[0-9]{7}").isNotEqualTo(first.value());
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).orders()).extracting(OrderDetails::orderId)
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aQueuedPurchaseStartsAtTheQueueEndOfPaidAndActivePlans() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"));

        var queued = orders.find(purchases.buy(purchase(device), TRUSTED_APP)).orElseThrow();
        var immediate = orders.find(purchases.buy(purchase(device, "eventResource_7", 1, true, false), TRUSTED_APP))
                .orElseThrow();

        assertThat(queued.startTime()).isEqualTo(Instant.parse("2024-04-01T02:00:00Z"));
        assertThat(queued.endTime()).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
        assertThat(queued.status()).isEqualTo(OrderStatus.VALID);
        assertThat(immediate.startTime()).isEqualTo(NOW_IN_SECONDS);
    }

    @Test
    void theNextQueuedPurchaseQueuesBehindTheLastOne() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z"));

        purchases.buy(purchase(device), TRUSTED_APP);
        var second = orders.find(purchases.buy(purchase(device), TRUSTED_APP)).orElseThrow();

        assertThat(second.startTime()).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
    }

    @Test
    void buyRefusesInTheContractsOrder() {
        var device = fixtures.device("admin-1");
        var ownerless = fixtures.device(null);

        assertThat(refusal(() -> purchases.buy(purchase(new IotId(unique("dev"))), TRUSTED_APP)))
                .isEqualTo(DEVICE_NOT_EXIST);
        assertThat(refusal(() -> purchases.buy(purchase(device), Optional.of(identity("other")))))
                .isEqualTo(AUTH_FAILED);
        assertThat(refusal(() -> purchases.buy(purchase(ownerless), TRUSTED_APP)))
                .isEqualTo(DEVICE_HAS_NO_ADMINISTRATOR);
        assertThat(refusal(() -> purchases.buy(purchase(device, "eventResource_365", 1, false, false),
                TRUSTED_APP))).isEqualTo(COMMODITY_NOT_AVAILABLE);
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).total()).isZero();
        assertThat(orders.query(ownerless, TRUSTED_APP, false, 0, 20).total()).isZero();
    }

    @Test
    void onAnOwnerlessDeviceThePurchaseIsTheCallersOrNobodys() {
        var device = fixtures.device(null);

        var callers = orders.find(purchases.buy(purchase(device, "eventResource_7", 1, false, true),
                Optional.of(identity("user-x")))).orElseThrow();
        var nobodys = orders.find(purchases.buy(purchase(device, "eventResource_7", 1, false, true), TRUSTED_APP))
                .orElseThrow();

        assertThat(callers.identityId()).contains(identity("user-x"));
        assertThat(nobodys.identityId()).isEmpty();
        assertThat(nobodys.iotId()).contains(device);
    }

    // the supported time range (contract 11.2.7)

    @Test
    void aPurchaseWhoseCopiesWouldEndAfterTheRangeWritesNothing() {
        clock.set(Instant.parse("9999-06-01T00:00:00Z"));
        var device = fixtures.device("admin-1");

        var refused = refusalOf(() -> purchases.buy(purchase(device, "eventResource_7", 100, true, false),
                TRUSTED_APP));

        assertThat(DomainFailureCodes.codeOf(refused)).isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.length", "copies", LAST_SUPPORTED));
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).total()).isZero();
    }

    @Test
    void aPurchaseThatTheDevicesQueueWouldCarryPastTheRangeWritesNothing() {
        clock.set(Instant.parse("9999-06-01T00:00:00Z"));
        var device = fixtures.device("admin-1");
        fixtures.planFrom(device, "admin-1", Instant.parse("9999-11-30T15:00:00Z"), 1);

        var refused = refusalOf(() -> purchases.buy(purchase(device), TRUSTED_APP));

        assertThat(DomainFailureCodes.codeOf(refused)).isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.queue", "queue", LAST_SUPPORTED));
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).total()).isEqualTo(1);
        assertThat(purchases.buy(purchase(device, "eventResource_7", 1, true, false), TRUSTED_APP)).isNotNull();
    }

    // order/query

    @Test
    void queryPagesThroughTheDevicesOrdersNewestStartFirstThenByOrderId() {
        var device = fixtures.device("admin-1");
        var january = fixtures.boundOrder(device, "admin-1", Instant.parse("2024-01-01T00:00:00Z"));
        var march = Stream.of(fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z")),
                fixtures.boundOrder(device, "admin-1", Instant.parse("2024-03-01T02:00:00Z")))
                .map(OrderId::value).sorted().toList();

        var first = orders.query(device, TRUSTED_APP, false, 0, 2);
        var second = orders.query(device, TRUSTED_APP, false, 1, 2);
        var past = orders.query(device, TRUSTED_APP, false, Integer.MAX_VALUE, 50);

        assertThat(first.orders()).extracting(order -> order.orderId().value()).containsExactlyElementsOf(march);
        assertThat(second.orders()).extracting(OrderDetails::orderId).containsExactly(january);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(past.orders()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
    }

    @Test
    void queryAppliesTheIdentityRulesOfOrderGet() {
        var device = fixtures.device("admin-1");
        var ownerless = fixtures.device(null);
        fixtures.boundOrder(ownerless, "user-x", Instant.parse("2024-03-01T02:00:00Z"));
        var theirs = fixtures.boundOrder(ownerless, "user-y", Instant.parse("2024-03-02T02:00:00Z"));

        assertThat(refusal(() -> orders.query(new IotId(unique("dev")), TRUSTED_APP, false, 0, 20)))
                .isEqualTo(DEVICE_NOT_EXIST);
        assertThat(refusal(() -> orders.query(device, Optional.of(identity("other")), false, 0, 20)))
                .isEqualTo(AUTH_FAILED);
        assertThat(refusal(() -> orders.query(ownerless, Optional.of(identity("user-y")), false, 0, 20)))
                .isEqualTo(AUTH_FAILED);
        var page = orders.query(ownerless, Optional.of(identity("user-y")), true, 0, 20);
        assertThat(page.orders()).extracting(OrderDetails::orderId).containsExactly(theirs);
        assertThat(page.total()).isEqualTo(1);
        assertThat(orders.query(ownerless, TRUSTED_APP, false, 0, 20).total()).isEqualTo(2);
    }
}
