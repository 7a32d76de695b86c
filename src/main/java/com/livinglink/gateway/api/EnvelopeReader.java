package com.livinglink.gateway.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the request envelope (section 2) from the raw body. What the response needs even when the
 * envelope is bad (the client's {@code id}, the caller's language) is taken first and recorded on the
 * {@link ApiExchange}; then the envelope's structure is checked (400) and finally its {@code apiVer} (404).
 */
@Component
public class EnvelopeReader {

    public static final int MAX_CLIENT_ID_LENGTH = 64;
    public static final String SUPPORTED_VERSION = "1.0";

    private final ObjectReader reader;

    public EnvelopeReader() {
        // A number may be as long as the body allows: an Int of 5000 digits is valid JSON, so it is a
        // parameter error naming its field (460), not an unreadable envelope (Jackson stops at 1000 digits).
        var constraints = StreamReadConstraints.builder().maxNumberLength(RawBody.MAX_BYTES).build();
        // A key twice in one object is refused (section 2): a proxy reading the first and the gateway the
        // last would disagree about what the signature covers.
        var factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        var json = JsonMapper.builder(factory).build();
        this.reader = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public Envelope read(byte[] body, ApiRoute<?, ?> route, ApiExchange exchange) {
        var root = parse(body);
        recordCaller(root, exchange);
        var request = root.get("request");
        var language = request == null ? null : request.get("language");

        var version = root.get("version");
        if (version != null && !version.isNull() && !(version.isString()
                && SUPPORTED_VERSION.equals(version.stringValue()))) {
            throw badEnvelope();
        }
        if (request == null || !request.isObject()) {
            throw badEnvelope();
        }
        if (language != null && !language.isNull() && !language.isString()) {
            throw badEnvelope();
        }
        var apiVer = request.get("apiVer");
        if (apiVer == null || !apiVer.isString()) {
            throw badEnvelope();
        }
        var params = root.get("params");
        if (params == null || !params.isObject()) {
            throw badEnvelope();
        }
        var apiVersion = ApiVersion.parse(apiVer.stringValue()).filter(route::accepts)
                .orElseThrow(() -> new GatewayException(ResultCode.SERVICE_NOT_FOUND,
                        List.of(new Detail("detail.apiVer", route.acceptedRange()))));
        return new Envelope(apiVersion, iotToken(request.get("iotToken")), params);
    }

    /**
     * Records the client's {@code id} and the caller's language from the envelope, when it can be read at
     * all, for a refusal decided before the API reads it (an app calling an API it is not registered for):
     * an API-level result answers in the caller's envelope like any other.
     */
    public void readCaller(byte[] body, ApiExchange exchange) {
        try {
            recordCaller(parse(body), exchange);
        }
        catch (GatewayException unreadable) {
            // nothing to echo: the answer carries the server's id and the default language
        }
    }

    private static void recordCaller(JsonNode root, ApiExchange exchange) {
        exchange.envelope(root);
        exchange.clientId(clientId(root.get("id")));
        var request = root.get("request");
        var language = request == null ? null : request.get("language");
        if (language != null && language.isString()) {
            exchange.language(language.stringValue());
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0 || !isUtf8(body)) {
            throw badEnvelope();
        }
        try {
            var root = reader.readTree(body);
            if (root == null || !root.isObject()) {
                throw badEnvelope();
            }
            return root;
        }
        catch (JacksonException malformed) {
            throw badEnvelope();
        }
    }

    /** Jackson decodes some invalid UTF-8 (overlong forms, encoded surrogates) instead of refusing it. */
    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        }
        catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static String clientId(JsonNode id) {
        if (id == null || !(id.isString() || id.isIntegralNumber())) {
            return null;
        }
        var text = id.isString() ? id.stringValue() : id.bigIntegerValue().toString();
        boolean printableAscii = !text.isEmpty() && text.length() <= MAX_CLIENT_ID_LENGTH
                && text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        return printableAscii ? text : null;
    }

    private static Optional<String> iotToken(JsonNode token) {
        if (token == null || token.isNull()) {
            return Optional.empty();
        }
        if (!token.isString()) {
            throw badEnvelope();
        }
        return Optional.of(token.stringValue()).filter(text -> !text.isBlank());
    }

    private static GatewayException badEnvelope() {
        return new GatewayException(ResultCode.REQUEST_ERROR);
    }
}
