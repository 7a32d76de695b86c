package com.livinglink.gateway.order;

import com.livinglink.gateway.common.PrimaryKeyJavaType;

/** An order id as the order's primary key: see {@link PrimaryKeyJavaType}. */
public class OrderIdJavaType extends PrimaryKeyJavaType<OrderId> {

    public OrderIdJavaType() {
        super(OrderId.class, new OrderIdConverter());
    }
}
