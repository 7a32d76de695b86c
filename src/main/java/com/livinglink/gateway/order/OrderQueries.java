package com.livinglink.gateway.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;

/**
 * The order reads that {@link org.springframework.data.jpa.repository.JpaRepository}'s methods do not cover,
 * implemented in {@link OrderQueriesImpl}.
 */
interface OrderQueries {

    /**
     * Loads an order and holds its row lock until the transaction ends, so that of concurrent binds of one
     * order exactly one sees it unbound. The lock wait is bounded by the database connection's own timeout,
     * to stay inside the 3000 ms budget (see application-postgres.yaml).
     */
    Optional<Order> findForUpdate(OrderId orderId);

    /**
     * The latest end among the device's active plans at {@code now} (bound to it, paid, not frozen, not yet
     * ended), if it has any: the base of its queue end (contract 11.2.3).
     */
    Optional<Instant> findLatestActiveEnd(IotId iotId, Instant now);

    /**
     * One page of the orders bound to the device, newest start first, then by orderId (contract 11.6 rule 2);
     * only those bound for {@code identityId} when it is given.
     */
    List<Order> findBoundTo(IotId iotId, Optional<IdentityId> identityId, int offset, int limit);

    /** How many orders {@link #findBoundTo} pages through. */
    long countBoundTo(IotId iotId, Optional<IdentityId> identityId);

    /** The next value of the database's order-number sequence: never the same twice, in any instance. */
    long nextOrderNumber();

    /** Which of these order ids exist already. */
    List<OrderId> findExistingIds(Collection<OrderId> orderIds);
}
