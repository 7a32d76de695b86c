package com.livinglink.gateway.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An order id in its text column ({@code order_id}). */
@Converter
public class OrderIdConverter implements AttributeConverter<OrderId, String> {

    @Override
    public String convertToDatabaseColumn(OrderId orderId) {
        return orderId == null ? null : orderId.value();
    }

    @Override
    public OrderId convertToEntityAttribute(String value) {
        return value == null ? null : new OrderId(value);
    }
}
