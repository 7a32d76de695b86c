package com.livinglink.gateway.signature;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The platform's string-to-sign (contract section 7):
 * {@code METHOD\nAccept\nContent-MD5\nContent-Type\nDate\n} + signed headers + path and parameters.
 */
public final class StringToSign {

    /** Headers that have their own line, or are the signature itself: never among the signed headers. */
    private static final Set<String> NEVER_SIGNED = Set.of("x-ca-signature", "x-ca-signature-headers", "accept",
            "content-md5", "content-type", "date");

    private StringToSign() {
    }

    /**
     * @param method the HTTP method
     * @param header looks a header's value up case-insensitively; {@code null} when absent
     * @param signedHeaders the {@code X-Ca-Signature-Headers} value: names as the client wrote them
     * @param path the request path
     * @param parameters query and form parameters, already decoded
     */
    public static String of(String method, UnaryOperator<String> header, String signedHeaders, String path,
            Map<String, String> parameters) {
        var text = new StringBuilder(256).append(method).append('\n');
        for (var name : new String[] {"Accept", "Content-MD5", "Content-Type", "Date"}) {
            text.append(nullToEmpty(header.apply(name))).append('\n');
        }
        for (var name : signedHeaderNames(signedHeaders)) {
            text.append(name).append(':').append(nullToEmpty(header.apply(name))).append('\n');
        }
        text.append(path);
        if (!parameters.isEmpty()) {
            text.append('?');
            var first = true;
            for (var parameter : new TreeMap<>(parameters).entrySet()) {
                text.append(first ? "" : "&").append(parameter.getKey());
                if (!parameter.getValue().isEmpty()) {
                    text.append('=').append(parameter.getValue());
                }
                first = false;
            }
        }
        return text.toString();
    }

    /** The signed header names, as written, sorted, without the ones that never count. */
    public static String[] signedHeaderNames(String signedHeaders) {
        if (signedHeaders == null) {
            return new String[0];
        }
        return Arrays.stream(signedHeaders.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .filter(name -> !NEVER_SIGNED.contains(name.toLowerCase(java.util.Locale.ROOT))).distinct().sorted()
                .toArray(String[]::new);
    }

    /**
     * Parameters of a query string or form body: decoded, the first value of a repeated key, keys without
     * a value mapped to the empty string.
     */
    public static Map<String, String> parameters(String encoded) {
        var parameters = new TreeMap<String, String>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (var pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var key = decode(equals < 0 ? pair : pair.substring(0, equals));
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!key.isEmpty()) {
                parameters.putIfAbsent(key, value);
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
