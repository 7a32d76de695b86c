package com.livinglink.gateway.apidocs;

import static com.livinglink.gateway.apidocs.Schemas.nullableInteger;
import static com.livinglink.gateway.apidocs.Schemas.nullableString;
import static com.livinglink.gateway.apidocs.Schemas.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.livinglink.gateway.envelope.ApiEndpoint;
import com.livinglink.gateway.envelope.EnvelopeReader;
import com.livinglink.gateway.envelope.ResultCode;
import com.livinglink.gateway.envelope.TransportError;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The envelope (contract section 2), each API's request, and order/get's {@code data}; the params come from
 * the APIs' params records ({@link ParamsSchemas}).
 */
final class WireSchemas {

    static final String API_RESPONSE = "ApiResponse";
    static final String ORDER_DATA = "OrderData";

    private WireSchemas() {
    }

    static Map<String, Schema> all() {
        var schemas = new LinkedHashMap<String, Schema>();
        schemas.put(API_RESPONSE, response("The response envelope: always these five keys in this order.",
                Schemas.described("null on errors, and on bind/order's success.", "null")));
        for (var endpoint : ApiEndpoint.values()) {
            var docs = EndpointDocs.of(endpoint);
            schemas.put(docs.requestSchema(), request(docs));
            if (docs.data() != null) {
                var data = Schemas.oneOf(Schemas.ref(docs.data()), Schemas.described("on errors", "null"));
                schemas.put(docs.responseSchema(), response("The " + endpoint.path() + " response envelope.", data));
            }
        }
        schemas.put(ORDER_DATA, orderData());
        return schemas;
    }

    private static Schema<?> request(EndpointDocs docs) {
        var endpoint = docs.endpoint();
        var request = Schemas.object("Who calls which version.", properties(
                "apiVer", Schemas.string("The API version, N.N.N: " + endpoint.acceptedRange()
                        + " (any other is code 404 naming this range).").pattern("^[0-9]+\\.[0-9]+\\.[0-9]+$")
                        .example(endpoint.documentedVersion().toString()),
                "iotToken", Schemas.nullableString("The user's identity: a JWT of the customer's account service "
                        + "(sub = identityId, exp required). Absent or blank, the call acts for the signing app alone; "
                        + "invalid or expired, code 401."),
                "language", Schemas.nullableString("Language of localizedMsg, e.g. en-US; else Accept-Language, "
                        + "else zh-CN.").example("en-US")),
                "apiVer");
        return Schemas.object("The " + endpoint.path() + " request envelope (JSON, UTF-8). Unknown keys anywhere "
                + "are ignored; malformed JSON or a wrong envelope is code 400.", properties(
                "id", Schemas.nullableString("Echoed as the response id when it is 1–"
                        + EnvelopeReader.MAX_CLIENT_ID_LENGTH + " printable ASCII characters; else the response "
                        + "carries the server's request id.").example("1509086454180"),
                "version", Schemas.nullableString("Optional; when present, \"" + EnvelopeReader.SUPPORTED_VERSION
                        + "\".")._enum(List.of(EnvelopeReader.SUPPORTED_VERSION)),
                "request", request,
                "params", Schemas.ref(docs.paramsSchema())),
                "request", "params");
    }

    private static Schema<?> response(String description, Schema<?> data) {
        var codes = Stream.concat(Stream.of(ResultCode.values()).map(ResultCode::code),
                Stream.of(TransportError.values()).map(error -> error.status().value())).distinct().sorted()
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

    private static Schema<?> orderData() {
        return Schemas.object("The order, exactly these keys in this order, null where unknown (an unbound order "
                + "has no iotId, identityId, start or end).", properties(
                "iotId", nullableString("The device the order is bound to."),
                "identityId", nullableString("The device's administrator when the order was bound."),
                "commodityCode", nullableString("The package's code, e.g. ilopLVCloudResource."),
                "specification", nullableString("The package's specification, e.g. eventResource_7."),
                "copies", nullableInteger("Quantity bought; each copy is the commodity's months of service."),
                "price", nullableString("Price as decimal text, e.g. \"1.0\"."),
                "userName", nullableString("As given at bind."),
                "userId", nullableString("As given at bind."),
                "orderId", nullableString("The order's id."),
                "outOrderNo", nullableString("The payment's order number."),
                "status", nullableInteger("0 valid, in use; 1 expired; 2 frozen; 3 created, not paid."),
                "paymentStatus", nullableInteger("0 unpaid; 1 paid; 2 paying."),
                "recordType", nullableInteger("1 continuous; 2 event."),
                "orderType", nullableInteger("0 paid order; 1 free order."),
                "startTime", nullableString("yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone)."),
                "endTime", nullableString("yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone)."),
                "startTimeUTC", nullableString("yyyy-MM-dd'T'HH:mm:ss'Z'."),
                "endTimeUTC", nullableString("yyyy-MM-dd'T'HH:mm:ss'Z'."),
                "preConsume", nullableInteger("Seconds of service already used: now − start, within 0 and "
                        + "end − start; 0 if unbound.")));
    }
}
