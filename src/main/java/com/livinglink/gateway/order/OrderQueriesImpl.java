package com.livinglink.gateway.order;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * With the entity manager and the criteria API rather than JPQL strings: no query text to parse, so
 * Hibernate's HQL parser (ANTLR, a third of a second at start on two cores) is never loaded.
 */
class OrderQueriesImpl implements OrderQueries {

    private static final Map<String, Object> LOCK_TIMEOUT = Map.of("jakarta.persistence.lock.timeout", 800);

    private final EntityManager entityManager;

    OrderQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Order> findForUpdate(String orderId) {
        return Optional.ofNullable(
                entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE, LOCK_TIMEOUT));
    }

    @Override
    public List<String> findExistingIds(Collection<String> orderIds) {
        var criteria = entityManager.getCriteriaBuilder();
        var query = criteria.createQuery(String.class);
        var order = query.from(Order.class);
        var orderId = order.<String>get("orderId");
        return entityManager.createQuery(query.select(orderId).where(orderId.in(orderIds))).getResultList();
    }
}
