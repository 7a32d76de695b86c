package com.livinglink.gateway.testkit;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A signed client for the gateway's fourteen APIs, so that a suite can set up state through the real APIs:
 * params in, the envelope answered out. Each call is signed as the platform's Java API-gateway SDK signs
 * ({@code X-Ca-Key}, {@code X-Ca-Timestamp}, {@code X-Ca-Nonce}, {@code Content-MD5}, HmacSHA256), carries
 * the apiVer the platform documents, and goes over HTTPS when the API refuses plain HTTP, over HTTP otherwise.
 * Immutable: {@link #withIotToken(String)} and {@link #withLanguage(String)} answer another client.
 */
public final class ApiClient {

    private final HttpTransport http;
    private final URI httpUrl;
    private final URI httpsUrl;
    private final RequestSigner signer;
    private final String iotToken;
    private final String language;

    ApiClient(HttpTransport http, URI httpUrl, URI httpsUrl, RequestSigner signer, String iotToken,
            String language) {
        this.http = http;
        this.httpUrl = httpUrl;
        this.httpsUrl = httpsUrl;
        this.signer = signer;
        this.iotToken = iotToken;
        this.language = language;
    }

    /** Calls the API named {@code order/get} or {@code get-order} with these params. */
    public ApiAnswer call(String api, Map<String, ?> params) {
        return call(Api.of(api), params);
    }

    /** Calls the API with these params, in an envelope with a fresh {@code id} and the documented apiVer. */
    public ApiAnswer call(Api api, Map<String, ?> params) {
        var request = new LinkedHashMap<String, Object>();
        request.put("apiVer", api.apiVer());
        if (iotToken != null) {
            request.put("iotToken", iotToken);
        }
        if (language != null) {
            request.put("language", language);
        }
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("version", "1.0");
        envelope.put("request", request);
        envelope.put("params", params);
        return send(api, Json.write(envelope));
    }

    /** Sends this envelope, as it stands, signed, to the API. */
    public ApiAnswer send(Api api, String envelope) {
        var body = envelope.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder((api.httpsOnly() ? httpsUrl : httpUrl).resolve(api.path()))
                .timeout(HttpTransport.REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.headers(api.path(), body).forEach(request::header);
        return ApiAnswer.from(http.send(request.build()));
    }

    /** The same client acting for a user: {@code request.iotToken} in every envelope. */
    public ApiClient withIotToken(String iotToken) {
        return new ApiClient(http, httpUrl, httpsUrl, signer, iotToken, language);
    }

    /** The same client asking for errors in this language ({@code request.language}: {@code en-US}…). */
    public ApiClient withLanguage(String language) {
        return new ApiClient(http, httpUrl, httpsUrl, signer, iotToken, language);
    }
}
