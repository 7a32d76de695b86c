package com.livinglink.gateway.apidocs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Builds schemas for an OpenAPI 3.1 document. swagger-models writes a 3.1 schema's type only from its
 * {@code types} (the typed subclasses such as {@code StringSchema} set the 3.0 field, which 3.1 drops), so
 * every schema here is made from its type names.
 */
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    private Schemas() {
    }

    static Schema<Object> of(String... types) {
        var schema = new Schema<Object>(SpecVersion.V31);
        schema.types(new LinkedHashSet<>(List.of(types)));
        return schema;
    }

    static Schema<Object> string(String description) {
        return of("string").description(description);
    }

    static Schema<Object> nullableString(String description) {
        return of("string", "null").description(description);
    }

    static Schema<Object> nullableInteger(String description) {
        return of("integer", "null").format("int32").description(description);
    }

    /** An Int parameter as the platform reads it: a JSON integer or a string of digits, in a range. */
    static Schema<Object> intParam(String description, int min, int max, int defaultValue) {
        var schema = of("integer").format("int32").minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max))
                .description(description + " A string of digits is read as the number.");
        schema.setDefault(defaultValue);
        return schema;
    }

    /** A Boolean parameter as the platform reads it: {@code true}/{@code false} or those words as strings. */
    static Schema<Object> booleanParam(String description, boolean defaultValue) {
        var schema = of("boolean").description(description + " \"true\"/\"false\" as strings are read too.");
        schema.setDefault(defaultValue);
        return schema;
    }

    static Schema<Object> ref(String component) {
        return new Schema<Object>(SpecVersion.V31).$ref(COMPONENTS + component);
    }

    /** An object with these properties, in this order. */
    static Schema<Object> object(String description, Map<String, Schema<?>> properties, String... required) {
        var schema = of("object").description(description);
        schema.setProperties(new LinkedHashMap<>(properties));
        if (required.length > 0) {
            schema.setRequired(List.of(required));
        }
        return schema;
    }

    /** Insertion-ordered properties, since {@code Map.of} has no order. */
    static Map<String, Schema<?>> properties(Object... nameSchemaPairs) {
        var properties = new LinkedHashMap<String, Schema<?>>();
        for (int i = 0; i < nameSchemaPairs.length; i += 2) {
            properties.put((String) nameSchemaPairs[i], (Schema<?>) nameSchemaPairs[i + 1]);
        }
        return properties;
    }
}
