package com.livinglink.gateway.order;

import static com.livinglink.gateway.api.ResultCode.AUTH_FAILED;
import static com.livinglink.gateway.api.ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED;
import static com.livinglink.gateway.api.ResultCode.DEVICE_HAS_NO_ADMINISTRATOR;
import static com.livinglink.gateway.api.ResultCode.DEVICE_NOT_EXIST;
import static com.livinglink.gateway.api.ResultCode.ORDER_EXPIRED;
import static com.livinglink.gateway.api.ResultCode.ORDER_FROZEN;
import static com.livinglink.gateway.api.ResultCode.ORDER_NOT_EXIST;
import static com.livinglink.gateway.api.ResultCode.PARAMETER_ERROR;
import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.DomainFailureCodes;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.support.ServiceContractTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The semantics of commodity/enable, status/set and transfer (contract 11.7–11.9) on the services, without
 * HTTP, so that the same rules run against every database the gateway supports; what is committed is read
 * back through {@link OrderService}.
 */
abstract class PlanServiceContractTest extends ServiceContractTest {

    static final Instant NOW = Instant.parse("2024-03-10T04:05:06Z");
    static final Instant RUNNING = Instant.parse("2024-03-01T00:00:00Z");
    static final Instant QUEUED = Instant.parse("2024-04-01T00:00:00Z");
    static final Optional<IdentityId> TRUSTED_APP = Optional.empty();
    static final Function<OrderDetails, OrderDetails> AS_IS = Function.identity();

    @Autowired
    PlanService plans;

    @Override
    protected Instant now() {
        return NOW;
    }

    @Test
    void enableCommitsTheNewWindow() {
        var device = fixtures.device("admin-a");
        var order = fixtures.planFrom(device, "admin-a", QUEUED, 1);

        plans.enable(device, order, TRUSTED_APP, AS_IS);

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.startTime()).isEqualTo(NOW);
        assertThat(stored.endTime()).isEqualTo(NOW.plus(java.time.Duration.ofDays(30)));
    }

    @Test
    void enableChecksTheDeviceThenTheOrderThenTheCaller() {
        var device = fixtures.device("admin-a");
        var frozen = fixtures.planFrom(device, "admin-a", QUEUED, 1);
        fixtures.freeze(frozen, NOW);

        assertThat(refusal(() -> plans.enable(new IotId(unique("dev")), frozen, TRUSTED_APP, AS_IS)))
                .isEqualTo(DEVICE_NOT_EXIST);
        assertThat(refusal(() -> plans.enable(fixtures.device("admin-a"), frozen, TRUSTED_APP, AS_IS)))
                .isEqualTo(ORDER_NOT_EXIST);
        assertThat(refusal(() -> plans.enable(device, frozen, identity("stranger"), AS_IS))).isEqualTo(ORDER_FROZEN);
        var queued = fixtures.planFrom(device, "admin-a", QUEUED, 1);
        assertThat(refusal(() -> plans.enable(device, queued, identity("stranger"), AS_IS))).isEqualTo(AUTH_FAILED);
        assertThat(orders.find(queued).orElseThrow().startTime()).isEqualTo(QUEUED);
    }

    @Test
    void freezeCommitsFrozenAtAndIsIdempotent() {
        var device = fixtures.device("admin-a");
        var order = fixtures.planFrom(device, "admin-a", RUNNING, 1);

        plans.freeze(device, order, TRUSTED_APP, false, AS_IS);
        clock.set(NOW.plusSeconds(3600));
        plans.freeze(device, order, identity("admin-a"), false, AS_IS);

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.FROZEN);
        assertThat(stored.frozenAt()).isEqualTo(NOW);
        assertThat(stored.preConsumedSeconds()).isEqualTo(java.time.Duration.between(RUNNING, NOW).getSeconds());
    }

    @Test
    void freezeFollowsTheDeviceNoOwnerRule() {
        var ownerless = fixtures.device(null);
        var order = fixtures.planFrom(ownerless, "owner", RUNNING, 1);
        var device = fixtures.device("admin-b");
        var boughtByAnother = fixtures.planFrom(device, "admin-a", RUNNING, 1);

        assertThat(refusal(() -> plans.freeze(ownerless, order, TRUSTED_APP, false, AS_IS)))
                .isEqualTo(DEVICE_HAS_NO_ADMINISTRATOR);
        assertThat(refusal(() -> plans.freeze(device, boughtByAnother, TRUSTED_APP, false, AS_IS)))
                .isEqualTo(AUTH_FAILED);
        assertThat(refusal(() -> plans.freeze(ownerless, order, identity("stranger"), true, AS_IS)))
                .isEqualTo(AUTH_FAILED);
        assertThat(orders.find(order).orElseThrow().frozen()).isFalse();
        plans.freeze(ownerless, order, identity("owner"), true, AS_IS);
        assertThat(orders.find(order).orElseThrow().frozen()).isTrue();
    }

    @Test
    void transferCommitsTheWholeMove() {
        var source = fixtures.device("admin-a");
        var destination = fixtures.device("admin-a");
        var order = fixtures.planFrom(source, "admin-a", RUNNING, 1);

        plans.transfer(transfer(source, order, destination, true, false), identity("admin-a"), AS_IS);

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(destination);
        assertThat(stored.startTime()).isEqualTo(NOW);
        assertThat(stored.endTime()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(refusal(() -> orders.get(source, order, TRUSTED_APP, false))).isEqualTo(ORDER_NOT_EXIST);
    }

    @Test
    void transferChecksItsRulesInTheContractsOrder() {
        var source = fixtures.device("admin-a");
        var ownerless = fixtures.device(null);
        var foreign = fixtures.device("admin-b");
        var free = fixtures.freeOrder(source, "admin-a", RUNNING);
        var expired = fixtures.planFrom(source, "admin-a", Instant.parse("2024-01-01T00:00:00Z"), 1);
        var running = fixtures.planFrom(source, "admin-a", RUNNING, 1);

        assertThat(refusal(() -> plans.transfer(transfer(source, running, new IotId(unique("dev")), true, false),
                TRUSTED_APP, AS_IS))).isEqualTo(DEVICE_NOT_EXIST);
        assertThat(refusal(() -> plans.transfer(transfer(foreign, running, source, true, false), TRUSTED_APP, AS_IS)))
                .isEqualTo(ORDER_NOT_EXIST);
        assertThat(refusal(() -> plans.transfer(transfer(source, free, ownerless, true, false), TRUSTED_APP, AS_IS)))
                .isEqualTo(PARAMETER_ERROR);
        assertThat(refusal(() -> plans.transfer(transfer(source, expired, ownerless, true, false), TRUSTED_APP, AS_IS)))
                .isEqualTo(ORDER_EXPIRED);
        assertThat(refusal(() -> plans.transfer(transfer(source, running, ownerless, true, false),
                identity("stranger"), AS_IS))).isEqualTo(DEVICE_HAS_NO_ADMINISTRATOR);
        assertThat(refusal(() -> plans.transfer(transfer(source, running, foreign, true, false),
                identity("stranger"), AS_IS))).isEqualTo(AUTH_FAILED);
        assertThat(refusal(() -> plans.transfer(transfer(source, running, foreign, true, false), TRUSTED_APP, AS_IS)))
                .isEqualTo(CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED);
        assertThat(orders.find(running).orElseThrow().iotId()).contains(source);
        assertThat(orders.find(running).orElseThrow().startTime()).isEqualTo(RUNNING);
    }

    @Test
    void withoutImmediateUseATransferQueuesBehindTheDestinationsPlans() {
        var source = fixtures.device("admin-a");
        var destination = fixtures.device("admin-a");
        fixtures.planFrom(destination, "admin-a", Instant.parse("2024-03-05T00:00:00Z"), 1);
        var order = fixtures.planFrom(source, "admin-a", RUNNING, 1);

        plans.transfer(transfer(source, order, destination, false, false), TRUSTED_APP, AS_IS);

        assertThat(orders.find(order).orElseThrow().startTime()).isEqualTo(Instant.parse("2024-04-05T00:00:00Z"));
    }

    // the supported time range, and no code 500 after a write (contract 11.2.7)

    @Test
    void aTransferThatTheDestinationsQueueWouldCarryPastTheRangeWritesNothing() {
        var start = Instant.parse("9999-05-20T00:00:00Z");
        clock.set(Instant.parse("9999-06-01T00:00:00Z"));
        var source = fixtures.device("admin-a");
        var destination = fixtures.device("admin-a");
        fixtures.planFrom(destination, "admin-a", Instant.parse("9999-11-30T15:00:00Z"), 1);
        var order = fixtures.planFrom(source, "admin-a", start, 1);

        var refused = refusalOf(() -> plans.transfer(transfer(source, order, destination, false, false), TRUSTED_APP,
                AS_IS));

        assertThat(DomainFailureCodes.codeOf(refused)).isEqualTo(PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.queue", "queue", "9999-12-31T15:59:59Z"));
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(source);
        assertThat(stored.startTime()).isEqualTo(start);
    }

    @Test
    void enablingAnOrderStoredLongerThanTheRangeAllowsWritesNothing() {
        clock.set(Instant.parse("9999-06-01T00:00:00Z"));
        var device = fixtures.device("admin-a");
        var order = fixtures.planFrom(device, "admin-a", Instant.parse("9999-07-01T00:00:00Z"), 1);
        // As an order could be stored before the range was enforced (test control set its period as asked).
        var start = Instant.parse("+10000-01-01T00:00:00Z");
        jdbc.update("UPDATE cloud_order SET start_time = ?, end_time = ? WHERE order_id = ?",
                OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(Instant.parse("+10001-01-01T00:00:00Z"), ZoneOffset.UTC), order.value());

        var refused = refusalOf(() -> plans.enable(device, order, TRUSTED_APP, AS_IS));

        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.length", "copies", "9999-12-31T15:59:59Z"));
        assertThat(orders.find(order).orElseThrow().startTime()).isEqualTo(start);
    }

    @Test
    void anEnableWhoseAnswerCannotBeMadeWritesNothing() {
        var device = fixtures.device("admin-a");
        var order = fixtures.planFrom(device, "admin-a", QUEUED, 1);

        assertThatThrownBy(() -> plans.enable(device, order, TRUSTED_APP, details -> {
            throw new IllegalStateException("the answer cannot be written");
        })).hasMessage("the answer cannot be written");

        assertThat(orders.find(order).orElseThrow().startTime()).isEqualTo(QUEUED);
    }

    @Test
    void aTransferWhoseAnswerCannotBeMadeLeavesTheOrderWhereItWas() {
        var source = fixtures.device("admin-a");
        var destination = fixtures.device("admin-a");
        var order = fixtures.planFrom(source, "admin-a", RUNNING, 1);

        assertThatThrownBy(() -> plans.transfer(transfer(source, order, destination, true, false), TRUSTED_APP,
                details -> {
                    throw new IllegalStateException("the answer cannot be written");
                })).hasMessage("the answer cannot be written");

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(source);
        assertThat(stored.startTime()).isEqualTo(RUNNING);
    }

    @Test
    void aFreezeWhoseAnswerCannotBeMadeLeavesTheOrderUnfrozen() {
        var device = fixtures.device("admin-a");
        var order = fixtures.planFrom(device, "admin-a", RUNNING, 1);

        assertThatThrownBy(() -> plans.freeze(device, order, TRUSTED_APP, false, details -> {
            throw new IllegalStateException("the answer cannot be written");
        })).hasMessage("the answer cannot be written");

        assertThat(orders.find(order).orElseThrow().frozen()).isFalse();
    }

    private static OrderTransfer transfer(IotId source, OrderId order, IotId destination, boolean immediateUse,
            boolean crossIdentity) {
        return new OrderTransfer(source, order, destination, immediateUse, crossIdentity, false, 5, 10, false, null,
                null);
    }

    private static Optional<IdentityId> identity(String value) {
        return Optional.of(new IdentityId(value));
    }

    private static ResultCode refusal(ThrowingCallable call) {
        return DomainFailureCodes.codeOf(refusalOf(call));
    }

    private static DomainFailure refusalOf(ThrowingCallable call) {
        var failure = catchThrowableOfType(DomainFailure.class, call);
        assertThat(failure).as("a refusal").isNotNull();
        return failure;
    }
}
