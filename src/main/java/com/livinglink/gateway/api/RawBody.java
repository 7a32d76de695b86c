package com.livinglink.gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request body of an API call, read once, bounded by the contract's 64 KiB, and kept as bytes: the
 * envelope is parsed from them, and the signature layer digests exactly these bytes.
 */
public final class RawBody {

    public static final int MAX_BYTES = 64 * 1024;
    private static final String ATTRIBUTE = RawBody.class.getName();

    private RawBody() {
    }

    /** The body of this request, read now if no filter has read it yet. */
    public static byte[] of(HttpServletRequest request) throws IOException {
        if (request.getAttribute(ATTRIBUTE) instanceof byte[] body) {
            return body;
        }
        var body = read(request);
        request.setAttribute(ATTRIBUTE, body);
        return body;
    }

    /** The body, if a filter or the API has read it already; never reads it. */
    public static Optional<byte[]> ifRead(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof byte[] body ? Optional.of(body) : Optional.empty();
    }

    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TransportException(TransportError.BODY_TOO_LARGE);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new TransportException(TransportError.BODY_TOO_LARGE);
            }
            return body;
        }
    }
}
