package com.livinglink.gateway.order;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, OrderId>, OrderQueries {
}
