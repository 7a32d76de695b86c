package com.livinglink.gateway.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A device's id in a text column ({@code iot_id}). */
@Converter
public class IotIdConverter implements AttributeConverter<IotId, String> {

    @Override
    public String convertToDatabaseColumn(IotId iotId) {
        return iotId == null ? null : iotId.value();
    }

    @Override
    public IotId convertToEntityAttribute(String value) {
        return value == null ? null : new IotId(value);
    }
}
