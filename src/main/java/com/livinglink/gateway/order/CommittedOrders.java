package com.livinglink.gateway.order;

import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

import org.springframework.stereotype.Component;

/**
 * Reads an order as last committed, outside any transaction: one primary-key {@code SELECT} in auto-commit
 * mode, as consistent as a read-only transaction around it (both read committed) without its begin and
 * commit. Through a stateless Hibernate session rather than the repository: no repository proxy and its
 * interceptors, no shared entity manager, no persistence context or event listeners, which together cost
 * order/get more than the query (docs/benchmarks.md). The order it returns is detached, for reading only.
 */
@Component
class CommittedOrders {

    private final SessionFactory sessions;

    CommittedOrders(EntityManagerFactory entityManagers) {
        this.sessions = entityManagers.unwrap(SessionFactory.class);
    }

    Optional<Order> find(OrderId orderId) {
        try (var session = sessions.openStatelessSession()) {
            return Optional.ofNullable(session.get(Order.class, orderId));
        }
    }
}
