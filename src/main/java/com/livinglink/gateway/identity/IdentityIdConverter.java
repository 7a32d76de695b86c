package com.livinglink.gateway.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A user identity in a text column ({@code identity_id}, {@code owner_identity_id}). */
@Converter
public class IdentityIdConverter implements AttributeConverter<IdentityId, String> {

    @Override
    public String convertToDatabaseColumn(IdentityId identity) {
        return identity == null ? null : identity.value();
    }

    @Override
    public IdentityId convertToEntityAttribute(String value) {
        return value == null ? null : new IdentityId(value);
    }
}
