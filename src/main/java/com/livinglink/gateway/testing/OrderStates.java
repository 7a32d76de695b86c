package com.livinglink.gateway.testing;

import java.time.Clock;

import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.PaymentStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts an order in a state a suite asks for: load, let the entity change, save. */
@Service
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class OrderStates {

    private final OrderRepository orders;
    private final Clock clock;

    OrderStates(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** @return false when there is no such order */
    @Transactional
    boolean change(OrderId orderId, OrderStateChange change) {
        var found = orders.findForUpdate(orderId.value());
        if (found.isEmpty()) {
            return false;
        }
        var order = found.get();
        if (change.paymentStatus() != null) {
            order.changePaymentStatus(PaymentStatus.of(change.paymentStatus()));
        }
        if (Boolean.TRUE.equals(change.frozen())) {
            order.freeze(clock);
        }
        else if (Boolean.FALSE.equals(change.frozen())) {
            order.unfreeze();
        }
        if (change.startTime() != null || change.endTime() != null) {
            order.reschedule(change.startTime(), change.endTime());
        }
        return true;
    }
}
