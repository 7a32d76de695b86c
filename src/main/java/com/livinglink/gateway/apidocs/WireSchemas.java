package com.livinglink.gateway.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.EnvelopeReader;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The envelope (contract section 2) of each API, its request and its response, from the templates
 * {@code apidocs/request.yaml} and {@code apidocs/response.yaml}; the params and the {@code data} are read from their
 * records ({@link RecordSchemas}).
 */
final class WireSchemas {

    static final String API_RESPONSE = "ApiResponse";

    private static final String NO_DATA = "{\"type\": \"null\", \"description\": \"null on errors, and on the success "
            + "of an API without data.\"}";

    private WireSchemas() {
    }

    @SuppressWarnings("rawtypes") // swagger-models keeps schemas as raw types
    static Map<String, Schema> all(List<ApiRoute<?, ?>> routes) {
        var schemas = new LinkedHashMap<String, Schema>();
        schemas.put(API_RESPONSE, template("response", Map.of("description",
                "The response envelope: always these five keys in this order.", "data", NO_DATA)));
        for (var route : routes) {
            schemas.put(route.docs().schemaName("Request"), template("request", Map.of("path", route.path(),
                    "acceptedRange", route.acceptedRange(),
                    "documentedVersion", route.documentedVersion().toString(),
                    "paramsSchema", route.docs().schemaName("Params"))));
            route.dataType().ifPresent(type -> {
                var record = type.asSubclass(Record.class);
                schemas.put(record.getSimpleName(), RecordSchemas.of(record));
                var item = "{\"$ref\": \"#/components/schemas/" + record.getSimpleName() + "\"}";
                var data = "{\"oneOf\": [" + (route.dataIsList() ? "{\"type\": \"array\", \"items\": " + item + "}"
                        : item) + ", {\"type\": \"null\", \"description\": \"on errors\"}]}";
                schemas.put(ApiOperations.responseSchema(route), template("response",
                        Map.of("description", "The " + route.path() + " response envelope.", "data", data)));
            });
        }
        return schemas;
    }

    /** The schema of {@code apidocs/<name>.yaml} with {@code values} put in. */
    private static Schema<?> template(String name, Map<String, String> values) {
        var codes = Stream.concat(Stream.of(ResultCode.values()).map(ResultCode::code),
                Stream.of(SignatureRefusal.values()).map(refusal -> refusal.status().value())).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
        var text = GatewayDocument.read("apidocs/" + name + ".yaml");
        var all = new LinkedHashMap<>(values);
        all.put("codes", codes);
        all.put("maxClientIdLength", String.valueOf(EnvelopeReader.MAX_CLIENT_ID_LENGTH));
        all.put("envelopeVersion", EnvelopeReader.SUPPORTED_VERSION);
        return GatewayDocument.parse(GatewayDocument.fill(text, all), Schema.class);
    }
}
