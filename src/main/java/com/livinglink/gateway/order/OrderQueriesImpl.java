package com.livinglink.gateway.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * With the entity manager and the criteria API rather than JPQL strings: no query text to parse, so
 * Hibernate's HQL parser (ANTLR, a third of a second at start on two cores) is never loaded.
 */
class OrderQueriesImpl implements OrderQueries {

    private final EntityManager entityManager;

    OrderQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The wait for the row lock is bounded by the connection, not by a lock-timeout hint: H2's
     * {@code LOCK_TIMEOUT} in its URL, PostgreSQL's {@code statement_timeout} (application-postgres.yaml).
     * On PostgreSQL Hibernate applies a hint with three statements around the query (read, set and reset
     * {@code lock_timeout}), which made a bind seven round trips instead of four.
     */
    @Override
    public Optional<Order> findForUpdate(OrderId orderId) {
        return Optional.ofNullable(entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The latest end first, read down the device's index by end ({@code cloud_order_by_device_end}) until the
     * first active plan, where a {@code MAX} would read every order of the device. Ordering by the device too,
     * although it is fixed, is what lets H2 take the rows in the index's order (PostgreSQL does either way).
     */
    @Override
    public Optional<Instant> findLatestActiveEnd(IotId iotId, Instant now) {
        var criteria = entityManager.getCriteriaBuilder();
        var query = criteria.createQuery(Instant.class);
        var order = query.from(Order.class);
        var endTime = order.<Instant>get("endTime");
        query.select(endTime).where(
                criteria.equal(order.get("iotId"), iotId),
                criteria.equal(order.get("paymentStatus"), PaymentStatus.PAID),
                criteria.isFalse(order.get("frozen")),
                criteria.greaterThan(endTime, now))
                .orderBy(criteria.asc(order.get("iotId")), criteria.desc(endTime));
        return entityManager.createQuery(query).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public List<Order> findBoundTo(IotId iotId, Optional<IdentityId> identityId, int offset, int limit) {
        var criteria = entityManager.getCriteriaBuilder();
        var query = criteria.createQuery(Order.class);
        var order = query.from(Order.class);
        // The device leads the order, although it is fixed, so that H2 reads the page in the order of the index
        // (cloud_order_by_device) instead of sorting all the device's orders.
        query.select(order).where(boundTo(criteria, order, iotId, identityId)).orderBy(
                criteria.asc(order.get("iotId")), criteria.desc(order.get("startTime")), criteria.asc(order.get("orderId")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countBoundTo(IotId iotId, Optional<IdentityId> identityId) {
        var criteria = entityManager.getCriteriaBuilder();
        var query = criteria.createQuery(Long.class);
        var order = query.from(Order.class);
        query.select(criteria.count(order)).where(boundTo(criteria, order, iotId, identityId));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] boundTo(CriteriaBuilder criteria, Root<Order> order, IotId iotId,
            Optional<IdentityId> identityId) {
        var device = criteria.equal(order.get("iotId"), iotId);
        return identityId.map(identity -> new Predicate[] {device, criteria.equal(order.get("identityId"), identity)})
                .orElseGet(() -> new Predicate[] {device});
    }

    /** Native SQL that H2 (in PostgreSQL mode) and PostgreSQL both read; no HQL to parse. */
    @Override
    public long nextOrderNumber() {
        return ((Number) entityManager.createNativeQuery("SELECT nextval('cloud_order_number')").getSingleResult())
                .longValue();
    }

    @Override
    public List<OrderId> findExistingIds(Collection<OrderId> orderIds) {
        var criteria = entityManager.getCriteriaBuilder();
        var query = criteria.createQuery(OrderId.class);
        var order = query.from(Order.class);
        var orderId = order.<OrderId>get("orderId");
        return entityManager.createQuery(query.select(orderId).where(orderId.in(orderIds))).getResultList();
    }
}
