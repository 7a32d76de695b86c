package com.livinglink.gateway.apidocs;

import static com.livinglink.gateway.apidocs.Schemas.nullableString;
import static com.livinglink.gateway.apidocs.Schemas.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.EnvelopeReader;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The envelope (contract section 2) and each API's request and response; the params and the {@code data} are
 * read from their records ({@link RecordSchemas}).
 */
final class WireSchemas {

    static final String API_RESPONSE = "ApiResponse";

    private WireSchemas() {
    }

    static Map<String, Schema> all(List<ApiRoute<?, ?>> routes) {
        var schemas = new LinkedHashMap<String, Schema>();
        schemas.put(API_RESPONSE, response("The response envelope: always these five keys in this order.",
                Schemas.described("null on errors, and on the success of an API without data.", "null")));
        for (var route : routes) {
            schemas.put(ApiOperations.requestSchema(route), request(route));
            route.dataType().ifPresent(type -> {
                var record = type.asSubclass(Record.class);
                schemas.put(record.getSimpleName(), RecordSchemas.of(record));
                var item = Schemas.ref(record.getSimpleName());
                var data = Schemas.oneOf(route.dataIsList() ? Schemas.arrayOf(item) : item,
                        Schemas.described("on errors", "null"));
                schemas.put(ApiOperations.responseSchema(route),
                        response("The " + route.path() + " response envelope.", data));
            });
        }
        return schemas;
    }

    private static Schema<?> request(ApiRoute<?, ?> route) {
        var request = Schemas.object("Who calls which version.", properties(
                "apiVer", Schemas.string("The API version, N.N.N: " + route.acceptedRange()
                        + " (any other is code 404 naming this range).").pattern("^[0-9]+\\.[0-9]+\\.[0-9]+$")
                        .example(route.documentedVersion().toString()),
                "iotToken", Schemas.nullableString("The user's identity: a JWT of the customer's account service "
                        + "(sub = identityId, exp required). Absent or blank, the call acts for the signing app alone; "
                        + "invalid or expired, code 401."),
                "language", Schemas.nullableString("Language of localizedMsg, e.g. en-US; else Accept-Language, "
                        + "else zh-CN.").example("en-US")),
                "apiVer");
        return Schemas.object("The " + route.path() + " request envelope (JSON, UTF-8). Unknown keys anywhere "
                + "are ignored; malformed JSON or a wrong envelope is code 400.", properties(
                "id", Schemas.nullableString("Echoed as the response id when it is 1–"
                        + EnvelopeReader.MAX_CLIENT_ID_LENGTH + " printable ASCII characters; else the response "
                        + "carries the server's request id.").example("1509086454180"),
                "version", Schemas.nullableString("Optional; when present, \"" + EnvelopeReader.SUPPORTED_VERSION
                        + "\".")._enum(List.of(EnvelopeReader.SUPPORTED_VERSION)),
                "request", request,
                "params", Schemas.ref(ApiOperations.paramsSchema(route))),
                "request", "params");
    }

    private static Schema<?> response(String description, Schema<?> data) {
        var codes = Stream.concat(Stream.of(ResultCode.values()).map(ResultCode::code),
                Stream.of(SignatureRefusal.values()).map(error -> error.status().value())).distinct().sorted()
                .toList();
        var code = Schemas.withEnum(Schemas.described("200 on success, else the error's code: a code of the "
                + "contract's section 6 under HTTP 200, or the HTTP status of a refusal by the signature layer.",
                "integer"), codes);
        code.setFormat("int32");
        return Schemas.object(description, properties(
                "id", Schemas.string("The client's id, echoed, or the server's request id."),
                "code", code,
                "message", nullableString("null on success; else in English, naming the field and the rule where "
                        + "a parameter is at fault."),
                "localizedMsg", nullableString("null on success; else in the caller's language."),
                "data", data),
                "id", "code", "message", "localizedMsg", "data");
    }
}
