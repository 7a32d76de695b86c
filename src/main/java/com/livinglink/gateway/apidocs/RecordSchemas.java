package com.livinglink.gateway.apidocs;

import java.util.LinkedHashSet;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.common.MaxCodePoints;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * Schemas of the records the APIs read and write, from the records themselves: swagger-core reads the
 * descriptions, examples, defaults and the standard constraints ({@code @NotNull}, {@code @Min}, {@code @Max});
 * this adds what it cannot know: that a value without {@code @NotNull} may be null, the gateway's own
 * constraints, and how params are read from the envelope (api.ParamsBinder).
 */
final class RecordSchemas {

    private RecordSchemas() {
    }

    /** The schema of an API's params record. */
    static Schema<?> params(Class<? extends Record> type) {
        Schema<?> schema = of(type);
        for (var component : type.getRecordComponents()) {
            Schema<?> property = schema.getProperties().get(component.getName());
            var accessor = component.getAccessor();
            var kind = component.getType();
            if (kind == int.class || kind == Integer.class) {
                append(property, "A string of digits is read as the number.");
            }
            else if (kind == boolean.class || kind == Boolean.class) {
                append(property, "\"true\"/\"false\" as strings are read too.");
            }
            if (accessor.getAnnotation(Identifier.class) != null) {
                property.setMinLength(1);
                property.setMaxLength(Identifiers.MAX_LENGTH);
                append(property, "1–" + Identifiers.MAX_LENGTH + " characters, no whitespace or control characters.");
            }
            var text = accessor.getAnnotation(MaxCodePoints.class);
            if (text != null) {
                property.setMaxLength(text.value());
            }
        }
        return schema;
    }

    /** The schema of a record written as it is, such as an API's {@code data}. */
    static Schema<?> of(Class<? extends Record> type) {
        Schema<?> schema = ModelConverters.getInstance(true)
                .readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false)).schema;
        for (var component : type.getRecordComponents()) {
            if (!component.getType().isPrimitive() && component.getAccessor().getAnnotation(NotNull.class) == null) {
                Schema<?> property = schema.getProperties().get(component.getName());
                var types = new LinkedHashSet<>(property.getTypes());
                types.add("null");
                property.setTypes(types);
            }
        }
        return schema;
    }

    private static void append(Schema<?> property, String sentence) {
        property.setDescription(property.getDescription() == null ? sentence
                : property.getDescription() + " " + sentence);
    }
}
