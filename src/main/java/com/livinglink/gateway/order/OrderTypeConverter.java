package com.livinglink.gateway.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An order type as its contract code ({@code order_type}), not as the enum's ordinal or name. */
@Converter
class OrderTypeConverter implements AttributeConverter<OrderType, Integer> {

    @Override
    public Integer convertToDatabaseColumn(OrderType type) {
        return type == null ? null : type.code();
    }

    @Override
    public OrderType convertToEntityAttribute(Integer code) {
        return code == null ? null : OrderType.of(code);
    }
}
