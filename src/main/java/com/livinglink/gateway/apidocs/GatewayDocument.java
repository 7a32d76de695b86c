package com.livinglink.gateway.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.AccessLog;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.EnvelopeWriter;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.signature.SignatureMethod;
import com.livinglink.gateway.signature.SignatureVerifier;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;

/**
 * The document the routes and the operator API add their paths to: {@code apidocs/gateway.yaml} (the overview,
 * the tags, the app signature as security schemes and header parameters, the response headers), with the values
 * the code holds put in its {@code ${...}}, and the names the operations refer to.
 */
final class GatewayDocument {

    static final String API_TAG = "Cloud-storage APIs";
    static final String OPERATOR_TAG = "Operator API";
    static final String OPERATOR_TOKEN = "operatorToken";
    static final String REQUEST_ID = AccessLog.REQUEST_ID_HEADER;
    static final String ERROR_CODE = EnvelopeWriter.ERROR_CODE_HEADER;
    static final String ERROR_MESSAGE = EnvelopeWriter.ERROR_MESSAGE_HEADER;
    static final String RETRY_AFTER = HttpHeaders.RETRY_AFTER;

    private GatewayDocument() {
    }

    static OpenAPI base(ResultDocs results, List<ApiRoute<?, ?>> routes) {
        var methods = Arrays.stream(SignatureMethod.values()).map(SignatureMethod::algorithm).toList();
        var text = fill(read("apidocs/gateway.yaml"), Map.of(
                "timestampWindowMinutes", String.valueOf(SignatureVerifier.TIMESTAMP_TOLERANCE.toMinutes()),
                "maxNonceLength", String.valueOf(SignatureVerifier.MAX_NONCE_LENGTH),
                "signatureMethods", String.join(", ", methods),
                "defaultSignatureMethod", methods.get(0)));
        var document = parse(text, OpenAPI.class);
        var info = document.getInfo();
        info.version(versions(routes)).description(fill(info.getDescription(), Map.of(
                "resultTable", results.resultTable(List.of(ResultCode.values())),
                "refusalTable", ResultDocs.transportTable(List.of(SignatureRefusal.values())))));
        return document;
    }

    /** The APIs' versions, since they, not the gateway's build, are what the description describes. */
    private static String versions(List<ApiRoute<?, ?>> routes) {
        return routes.stream().map(route -> route.docs().name() + " " + route.acceptedRange())
                .collect(Collectors.joining("; "));
    }

    static String fill(String text, Map<String, String> values) {
        for (var value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** YAML (or JSON) as swagger's model of OpenAPI 3.1 reads it. */
    static <T> T parse(String yaml, Class<T> type) {
        try {
            return Yaml31.mapper().readValue(yaml, type);
        }
        catch (IOException malformed) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + yaml, malformed);
        }
    }

    static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
