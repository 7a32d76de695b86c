package com.livinglink.gateway.common;

import jakarta.persistence.AttributeConverter;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.ImmutableMutabilityPlan;
import org.hibernate.type.descriptor.java.StringJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * A value type as the primary key of an entity, in a text column. JPA applies no {@code AttributeConverter} to an
 * {@code @Id}, and Hibernate refuses one there ({@code 'AttributeConverter' not allowed for attribute … annotated
 * '@jakarta.persistence.Id'}); its own way is a Java type for the attribute ({@code @JavaType}), which this is,
 * converting as the value's converter does wherever else it is stored.
 *
 * @param <T> the value type, immutable
 */
public abstract class PrimaryKeyJavaType<T> extends AbstractClassJavaType<T> {

    private final AttributeConverter<T, String> converter;

    protected PrimaryKeyJavaType(Class<T> type, AttributeConverter<T, String> converter) {
        super(type, ImmutableMutabilityPlan.instance());
        this.converter = converter;
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
        return StringJavaType.INSTANCE.getRecommendedJdbcType(indicators);
    }

    @Override
    public <X> X unwrap(T value, Class<X> type, WrapperOptions options) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (type.isAssignableFrom(String.class)) {
            return type.cast(converter.convertToDatabaseColumn(value));
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> T wrap(X value, WrapperOptions options) {
        if (value == null || isInstance(value)) {
            return cast(value);
        }
        if (value instanceof String text) {
            return converter.convertToEntityAttribute(text);
        }
        throw unknownWrap(value.getClass());
    }

    @Override
    public T fromString(CharSequence text) {
        return converter.convertToEntityAttribute(text.toString());
    }
}
