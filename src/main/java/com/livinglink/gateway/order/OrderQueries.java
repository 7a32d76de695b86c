package com.livinglink.gateway.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The order reads that {@link org.springframework.data.jpa.repository.JpaRepository}'s methods do not cover, implemented in {@link OrderQueriesImpl}. */
interface OrderQueries {

    /**
     * Loads an order and holds its row lock until the transaction ends, so that of concurrent binds of one
     * order exactly one sees it unbound. The lock wait is bounded to stay inside the 3000 ms budget (see
     * application-postgres.yaml), with PostgreSQL's statement timeout.
     */
    Optional<Order> findForUpdate(String orderId);

    /** Which of these order ids exist already. */
    List<String> findExistingIds(Collection<String> orderIds);
}
