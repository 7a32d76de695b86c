package com.livinglink.gateway.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A payment status as its contract code ({@code payment_status}), not as the enum's ordinal or name. */
@Converter
class PaymentStatusConverter implements AttributeConverter<PaymentStatus, Integer> {

    @Override
    public Integer convertToDatabaseColumn(PaymentStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public PaymentStatus convertToEntityAttribute(Integer code) {
        return code == null ? null : PaymentStatus.of(code);
    }
}
