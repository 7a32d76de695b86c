package com.livinglink.gateway.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.Order;
import com.livinglink.gateway.order.PaymentStatus;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What test control makes of an order and the platform never does (contract section 12): the payment status a
 * payment system may leave, a freeze lifted, a service window moved, a binding as a fixture records it. The
 * order's methods are the platform's rules, so these go around them: each is an update of the order's row
 * through the entity manager, in the caller's transaction, that also raises the order's version, so that a
 * write of an order read before it fails as after any other change. The order given must be managed; it is
 * read again after the update, so that what the caller makes of it next (an answer) shows the change.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class OrderOverrides {

    private final EntityManager entityManager;
    private final Clock clock;

    OrderOverrides(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The order as the payment system left it, whatever it was before; the status read from it follows. */
    void changePaymentStatus(Order order, PaymentStatus status) {
        update(order, (update, row) -> update.set(row.<PaymentStatus>get("paymentStatus"), status));
    }

    /** Lifts a freeze: consumption runs on as if the order had never been frozen. */
    void unfreeze(Order order) {
        var criteria = entityManager.getCriteriaBuilder();
        update(order, (update, row) -> update.set(row.<Boolean>get("frozen"), false)
                .set(row.<Instant>get("frozenAt"), criteria.nullLiteral(Instant.class)));
    }

    /**
     * Moves the service window of a bound order, so that a suite can put it before, inside or after any instant;
     * a bound that is null stays.
     *
     * @throws IllegalStateException when the order is not bound, so has no service window
     * @throws IllegalArgumentException when the window would end before it starts
     */
    void reschedule(Order order, Instant start, Instant end) {
        var window = order.detailsAt(clock.instant());
        if (window.startTime() == null) {
            throw new IllegalStateException("Order " + order.orderId()
                    + " is not bound: it has no service period to move.");
        }
        var newStart = start != null ? start.truncatedTo(ChronoUnit.SECONDS) : window.startTime();
        var newEnd = end != null ? end.truncatedTo(ChronoUnit.SECONDS) : window.endTime();
        if (newEnd.isBefore(newStart)) {
            throw new IllegalArgumentException("endTime " + newEnd + " is before startTime " + newStart + ".");
        }
        update(order, (update, row) -> update.set(row.<Instant>get("startTime"), newStart)
                .set(row.<Instant>get("endTime"), newEnd));
    }

    /**
     * Binds the order as a fixture records it: to the device for the identity over the given window, with the
     * default recording settings, whatever the rules of a bind would say.
     *
     * @throws IllegalArgumentException when the window ends before it starts
     */
    void restoreBinding(Order order, IotId device, IdentityId identity, Purchaser purchaser, Instant start,
            Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endTime " + end + " is before startTime " + start + ".");
        }
        var settings = RecordingSettings.defaults();
        update(order, (update, row) -> {
            var recording = row.get("recordingSettings");
            update.set(row.<IotId>get("iotId"), device)
                    .set(row.<IdentityId>get("identityId"), identity)
                    .set(row.<String>get("userName"), purchaser.userName())
                    .set(row.<String>get("userId"), purchaser.userId())
                    .set(recording.<Boolean>get("enableDefaultPlan"), settings.enableDefaultPlan())
                    .set(recording.<Integer>get("preRecordDuration"), settings.preRecordDuration())
                    .set(recording.<Integer>get("recordDuration"), settings.recordDuration())
                    .set(recording.<Boolean>get("eventRecordProlong"), settings.eventRecordProlong())
                    .set(recording.<Integer>get("maxRecordFileDuration"), settings.maxRecordFileDuration())
                    .set(row.<Instant>get("startTime"), start.truncatedTo(ChronoUnit.SECONDS))
                    .set(row.<Instant>get("endTime"), end.truncatedTo(ChronoUnit.SECONDS));
        });
    }

    /**
     * Writes the order's pending changes first (a freeze made through it), so that the update applies on top of
     * them and reading the order again loses none.
     */
    private void update(Order order, BiConsumer<CriteriaUpdate<Order>, Root<Order>> changes) {
        entityManager.flush();
        var criteria = entityManager.getCriteriaBuilder();
        var update = criteria.createCriteriaUpdate(Order.class);
        var row = update.from(Order.class);
        changes.accept(update, row);
        var version = row.<Long>get("version");
        update.set(version, criteria.sum(version, 1L)).where(criteria.equal(row.get("orderId"), order.orderId()));
        entityManager.createQuery(update).executeUpdate();
        entityManager.refresh(order);
    }
}
