package com.livinglink.gateway.apidocs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.livinglink.gateway.api.AccessLog;
import com.livinglink.gateway.api.EnvelopeWriter;
import com.livinglink.gateway.signature.SignatureMethod;
import com.livinglink.gateway.signature.SignatureVerifier;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.http.HttpHeaders;

/**
 * The platform's app signature (contract section 7) as OpenAPI can say it: the key and the signature as
 * API-key schemes that must be sent together, the other signed headers as header parameters.
 */
final class SignatureScheme {

    static final String APP_KEY = "appKey";
    static final String SIGNATURE = "appSignature";
    static final String OPERATOR_TOKEN = "operatorToken";
    static final String REQUEST_ID = AccessLog.REQUEST_ID_HEADER;
    static final String ERROR_CODE = EnvelopeWriter.ERROR_CODE_HEADER;
    static final String ERROR_MESSAGE = EnvelopeWriter.ERROR_MESSAGE_HEADER;
    static final String RETRY_AFTER = HttpHeaders.RETRY_AFTER;

    private static final String STRING_TO_SIGN = """
            The platform's API-gateway digest: every request is signed with the app's secret.

            ```
            stringToSign = "POST\\n" + Accept + "\\n" + Content-MD5 + "\\n" + Content-Type + "\\n" + Date + "\\n"
                         + for each header named in X-Ca-Signature-Headers, sorted: name + ":" + value + "\\n"
                         + path + ("?" + query parameters sorted by key, "k=v" joined by "&")
            X-Ca-Signature = base64(HMAC(appSecret, UTF-8 bytes of stringToSign))
            ```

            Absent Accept, Content-MD5, Content-Type or Date contribute an empty line. `x-ca-key` must be \
            among the signed headers, and so must `x-ca-timestamp` and `x-ca-nonce` when they are sent. The \
            request's time is X-Ca-Timestamp, or else the Date header. Swagger UI cannot compute this: sign \
            with `scripts/ca-curl` or the platform's SDK (see `examples/`).""";

    private SignatureScheme() {
    }

    static Map<String, SecurityScheme> securitySchemes() {
        var schemes = new LinkedHashMap<String, SecurityScheme>();
        schemes.put(APP_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                .name("X-Ca-Key").description("The appKey of a registered app."));
        schemes.put(SIGNATURE, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                .name("X-Ca-Signature").description(STRING_TO_SIGN));
        schemes.put(OPERATOR_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("`Authorization: Bearer <gateway.admin.token>`; `demo-admin-token` in the demo profile."));
        return schemes;
    }

    /** Both schemes at once: a key without its signature is refused, and so is a signature without key. */
    static SecurityRequirement appSignature() {
        return new SecurityRequirement().addList(APP_KEY).addList(SIGNATURE);
    }

    static SecurityRequirement operatorToken() {
        return new SecurityRequirement().addList(OPERATOR_TOKEN);
    }

    /** The signed headers besides key and signature, as components to reference from each API operation. */
    static Map<String, Parameter> headerParameters() {
        var tolerance = SignatureVerifier.TIMESTAMP_TOLERANCE.toMinutes();
        var methods = Arrays.stream(SignatureMethod.values()).map(SignatureMethod::algorithm).toList();
        var methodSchema = Schemas.withEnum(Schemas.string("The HMAC; " + methods.get(0) + " when absent."), methods);
        var parameters = new LinkedHashMap<String, Parameter>();
        parameters.put("X-Ca-Timestamp", header("X-Ca-Timestamp", false, Schemas.string(null).pattern("^[0-9]+$"),
                "The request's time in epoch milliseconds, within " + tolerance + " minutes of the server's clock;"
                        + " without it, the Date header is the request's time.", "1700000000000"));
        parameters.put(HttpHeaders.DATE, header(HttpHeaders.DATE, false, Schemas.string(null),
                "RFC 1123; the request's time when X-Ca-Timestamp is absent (one of the two is needed).",
                "Tue, 14 Nov 2023 22:13:20 GMT"));
        parameters.put("X-Ca-Nonce", header("X-Ca-Nonce", true,
                Schemas.string(null).maxLength(SignatureVerifier.MAX_NONCE_LENGTH),
                "A UUID, accepted once per app within " + tolerance + " minutes; may be left out only by an app"
                        + " registered with nonce-required: false.",
                "2b0b2f57-5c36-4a5e-9a0f-45e6c9d2c5f3"));
        parameters.put("Content-MD5", header("Content-MD5", true, Schemas.string(null),
                "base64 of the MD5 of the body bytes.", "3ZdKDNBWFjzHUYnP0ZvzbA=="));
        parameters.put("X-Ca-Signature-Headers", header("X-Ca-Signature-Headers", true, Schemas.string(null),
                "The signed headers, comma-separated; x-ca-key, and x-ca-timestamp and x-ca-nonce when sent.",
                "x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp"));
        parameters.put("X-Ca-Signature-Method", header("X-Ca-Signature-Method", false, methodSchema,
                "The HMAC of the signature.", methods.get(0)));
        return parameters;
    }

    static Map<String, Header> responseHeaders() {
        var headers = new LinkedHashMap<String, Header>();
        headers.put(REQUEST_ID, new Header().schema(Schemas.string(null).format("uuid"))
                .description("The server's id of the request, on every response; the access log names it."));
        headers.put(ERROR_CODE, new Header().schema(Schemas.string(null))
                .description("The signature/transport refusal, e.g. `I400SG`."));
        headers.put(ERROR_MESSAGE, new Header().schema(Schemas.string(null))
                .description("The refusal in words, as the body's `message`."));
        headers.put(RETRY_AFTER, new Header().schema(Schemas.of("integer"))
                .description("Seconds until the app may call again."));
        return headers;
    }

    static String responseHeaderRef(String name) {
        return "#/components/headers/" + name;
    }

    static String parameterRef(String name) {
        return "#/components/parameters/" + name;
    }

    private static Parameter header(String name, boolean required, Schema<?> schema,
            String description, String example) {
        return new Parameter().in("header").name(name).required(required).schema(schema).description(description)
                .example(example);
    }
}
