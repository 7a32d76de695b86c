package com.livinglink.gateway.testing;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.livinglink.gateway.admin.AdminOrderView;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.ImportedOrder;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.OrderStatus;
import com.livinglink.gateway.order.PaymentStatus;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.ServiceContractTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What test control does to an order around its rules ({@link OrderOverrides}: {@code PATCH
 * /admin/test/orders/{orderId}} and a fixture's bindings, contract section 12), on the services without HTTP so
 * that the updates run on every database the gateway supports: the answer is what is committed, a refused
 * change writes nothing, and an override counts as a change of the order for a write of it read before.
 */
@TestPropertySource(properties = "gateway.testing.enabled=true")
abstract class OrderOverridesContractTest extends ServiceContractTest {

    static final Instant NOW = Instant.parse("2024-03-10T04:05:06Z");
    static final Instant BOUND_AT = Instant.parse("2024-03-01T00:00:00Z");
    static final OrderStateChange UNPAID = new OrderStateChange(0, null, null, null);

    @Autowired
    OrderStates states;

    @Autowired
    OrderOverrides overrides;

    @Autowired
    OrderRepository repository;

    @Autowired
    OrderImportService imports;

    @Autowired
    PlatformTransactionManager transactions;

    @Override
    protected Instant now() {
        return NOW;
    }

    @Test
    void theAnswerOfAChangeIsWhatIsCommitted() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", BOUND_AT);

        var answer = states.change(order, new OrderStateChange(2, true, Instant.parse("2024-02-01T00:00:00.750Z"),
                Instant.parse("2024-04-01T00:00:00Z"))).orElseThrow();

        assertThat(answer).isEqualTo(AdminOrderView.from(orders.find(order).orElseThrow()));
        assertThat(answer.paymentStatus()).isEqualTo(PaymentStatus.PAYING.code());
        assertThat(answer.frozen()).isTrue();
        assertThat(answer.frozenAt()).isEqualTo(NOW.toString());
        assertThat(answer.startTime()).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(answer.endTime()).isEqualTo("2024-04-01T00:00:00Z");
    }

    @Test
    void unfreezingLiftsTheFreezeAndItsInstant() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", BOUND_AT);
        fixtures.freeze(order, BOUND_AT.plusSeconds(3600));

        states.change(order, new OrderStateChange(null, false, null, null));

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.frozen()).isFalse();
        assertThat(stored.frozenAt()).isNull();
        assertThat(stored.status()).isEqualTo(OrderStatus.VALID);
        assertThat(stored.preConsumedSeconds()).isEqualTo(NOW.getEpochSecond() - BOUND_AT.getEpochSecond());
    }

    @Test
    void aBoundLeftOutStays() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", BOUND_AT);
        var end = orders.find(order).orElseThrow().endTime();

        states.change(order, new OrderStateChange(null, null, Instant.parse("2024-02-01T00:00:00Z"), null));

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.startTime()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(stored.endTime()).isEqualTo(end);
    }

    @Test
    void anUnboundOrderHasNoWindowToMoveAndNothingIsWritten() {
        var order = fixtures.paidOrder();

        assertThatIllegalStateException()
                .isThrownBy(() -> states.change(order, new OrderStateChange(0, null, null, NOW)))
                .withMessage("Order " + order + " is not bound: it has no service period to move.");

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(stored.endTime()).isNull();
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedAndNothingIsWritten() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", BOUND_AT);
        var before = orders.find(order).orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> states.change(order, new OrderStateChange(0, true,
                Instant.parse("2024-03-31T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"))))
                .withMessage("endTime 2024-03-02T00:00:00Z is before startTime 2024-03-31T00:00:00Z.");

        assertThat(orders.find(order).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anUnknownOrderIsNoneAndNothingIsWritten() {
        assertThat(states.change(new OrderId(unique("ord")), UNPAID)).isEmpty();
    }

    @Test
    void aFixturesBindingIsRestoredAsRecordedWhateverTheRulesOfABind() {
        var device = fixtures.device("admin-a");
        var order = new OrderId(unique("ord"));
        var start = Instant.parse("2024-01-01T00:00:00.900Z");
        var end = Instant.parse("2024-02-01T00:00:00Z");

        // As a reset loads a fixture: the order imported (unpaid and frozen, which a bind refuses) and bound in
        // one transaction, for an identity that is not the device's administrator.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            imports.importOrders(List.of(new ImportedOrder(order.value(), "ilopLVCloudResource", "eventResource_7",
                    1, new BigDecimal("1.0"), null, 0, null, ImportedOrder.FROZEN_STATUS)));
            overrides.restoreBinding(repository.findById(order).orElseThrow(), device, new IdentityId("someone"),
                    new Purchaser("Ann", null), start, end);
        });

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(device);
        assertThat(stored.identityId()).contains(new IdentityId("someone"));
        assertThat(stored.userName()).isEqualTo("Ann");
        assertThat(stored.userId()).isNull();
        assertThat(stored.recordingSettings()).isEqualTo(RecordingSettings.defaults());
        assertThat(stored.startTime()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(stored.endTime()).isEqualTo(end);
        assertThat(stored.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(stored.frozen()).isTrue();
    }

    @Test
    void aWriteOfTheOrderReadBeforeAnOverrideFailsInsteadOfUndoingIt() {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", BOUND_AT);
        var overriding = new TransactionTemplate(transactions);
        overriding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var readBefore = repository.findById(order).orElseThrow();
            overriding.executeWithoutResult(inner -> states.change(order, UNPAID));
            readBefore.freeze(clock);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(stored.frozen()).isFalse();
    }
}
