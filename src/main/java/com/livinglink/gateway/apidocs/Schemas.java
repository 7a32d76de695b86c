package com.livinglink.gateway.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Builds schemas for an OpenAPI 3.1 document. swagger-models writes a 3.1 schema's type only from its
 * {@code types} (the typed subclasses such as {@code StringSchema} set the 3.0 field, which 3.1 drops), so
 * every schema here is made from its type names. Setters rather than swagger-models' fluent methods, which
 * return raw types.
 */
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    private Schemas() {
    }

    static Schema<Object> of(String... types) {
        var schema = new Schema<Object>(SpecVersion.V31);
        schema.setTypes(new LinkedHashSet<>(List.of(types)));
        return schema;
    }

    static Schema<Object> described(String description, String... types) {
        var schema = of(types);
        schema.setDescription(description);
        return schema;
    }

    static Schema<Object> string(String description) {
        return described(description, "string");
    }

    static Schema<Object> nullableString(String description) {
        return described(description, "string", "null");
    }

    static Schema<Object> withEnum(Schema<Object> schema, List<?> values) {
        schema.setEnum(new ArrayList<Object>(values));
        return schema;
    }

    static Schema<Object> oneOf(Schema<?>... alternatives) {
        var schema = new Schema<Object>(SpecVersion.V31);
        for (var alternative : alternatives) {
            schema.addOneOfItem(alternative);
        }
        return schema;
    }

    static Schema<Object> ref(String component) {
        var schema = new Schema<Object>(SpecVersion.V31);
        schema.set$ref(COMPONENTS + component);
        return schema;
    }

    /** An array of {@code items}. */
    static Schema<Object> arrayOf(Schema<?> items) {
        var schema = of("array");
        schema.setItems(items);
        return schema;
    }

    /** An object with these properties, in this order. */
    @SuppressWarnings("rawtypes") // swagger-models keeps properties as raw schemas
    static Schema<Object> object(String description, Map<String, Schema<?>> properties, String... required) {
        var schema = described(description, "object");
        schema.setProperties(new LinkedHashMap<String, Schema>(properties));
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
