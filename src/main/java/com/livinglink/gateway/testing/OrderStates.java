package com.livinglink.gateway.testing;

import java.time.Clock;
import java.util.Optional;

import com.livinglink.gateway.admin.AdminOrderView;
import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.PaymentStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an order in a state a suite asks for: the order locked, then what the platform also does (a freeze) through
 * the order, and what it never does through {@link OrderOverrides}.
 */
@Service
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class OrderStates {

    private final OrderRepository orders;
    private final OrderOverrides overrides;
    private final Clock clock;

    OrderStates(OrderRepository orders, OrderOverrides overrides, Clock clock) {
        this.orders = orders;
        this.overrides = overrides;
        this.clock = clock;
    }

    /**
     * Applies the change and answers the order as the operator API shows it, made before the change commits.
     *
     * @return empty when there is no such order
     * @throws SupportedInstants.UnsupportedInstant when {@code startTime} or {@code endTime} is outside the
     *         supported time range: nothing is changed
     */
    @Transactional
    Optional<AdminOrderView> change(OrderId orderId, OrderStateChange change) {
        var range = SupportedInstants.in(clock.getZone());
        if (change.startTime() != null) {
            range.check("startTime", change.startTime());
        }
        if (change.endTime() != null) {
            range.check("endTime", change.endTime());
        }
        var found = orders.findForUpdate(orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var order = found.get();
        if (change.paymentStatus() != null) {
            overrides.changePaymentStatus(order, PaymentStatus.of(change.paymentStatus()));
        }
        if (Boolean.TRUE.equals(change.frozen())) {
            order.freeze(clock);
        }
        else if (Boolean.FALSE.equals(change.frozen())) {
            overrides.unfreeze(order);
        }
        if (change.startTime() != null || change.endTime() != null) {
            overrides.reschedule(order, change.startTime(), change.endTime());
        }
        return Optional.of(AdminOrderView.from(order.detailsAt(clock.instant())));
    }
}
