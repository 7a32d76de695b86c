package com.livinglink.gateway.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OrderRepository extends JpaRepository<Order, String> {

    /**
     * Loads an order and holds its row lock until the transaction ends, so that of concurrent binds of one
     * order exactly one sees it unbound. The lock wait is bounded to stay inside the 3000 ms budget (see
     * application-postgres.yaml), with PostgreSQL's statement timeout.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "800"))
    @Query("select o from CloudStorageOrder o where o.orderId = :orderId")
    Optional<Order> findForUpdate(String orderId);

    @Query("select o.orderId from CloudStorageOrder o where o.orderId in :orderIds")
    List<String> findExistingIds(Collection<String> orderIds);
}
