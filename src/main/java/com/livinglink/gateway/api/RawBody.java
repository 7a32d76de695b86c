package com.livinglink.gateway.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request body of an API call, read once, bounded by the contract's 64 KiB, and kept as bytes: the
 * envelope is parsed from them, and the signature layer digests exactly these bytes.
 * <p>
 * A body must also arrive in time: within {@link #ARRIVAL} of the request's start (when Tomcat began to read
 * it, see {@link RequestStartValve}), so that a client that stalls its body cannot hold a worker for long.
 * A single read waits at most the connector's {@code server.tomcat.connection-timeout}, so a body that
 * stops altogether is dropped after that, and one that trickles is dropped at the deadline.
 */
public final class RawBody {

    public static final int MAX_BYTES = 64 * 1024;
    /** Part of the request's 3000 ms budget (contract section 1); the rest is for the answer. */
    public static final Duration ARRIVAL = Duration.ofMillis(2000);
    private static final String ATTRIBUTE = RawBody.class.getName();
    private static final int CHUNK = 8192;

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

    /** Whether the whole body has been read: a refusal before that must close the connection. */
    public static boolean isRead(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof byte[];
    }

    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new SignatureRefusalException(SignatureRefusal.BODY_TOO_LARGE);
        }
        long deadline = RequestStartValve.startNanos(request) + ARRIVAL.toNanos();
        var body = new ByteArrayOutputStream();
        var chunk = new byte[CHUNK];
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                body.write(chunk, 0, n);
                if (body.size() > MAX_BYTES) {
                    throw new SignatureRefusalException(SignatureRefusal.BODY_TOO_LARGE);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new BodyNotArrived();
                }
            }
        }
        catch (IOException failed) {
            if (timedOut(failed)) {
                throw new BodyNotArrived();
            }
            throw failed;
        }
        return body.toByteArray();
    }

    private static boolean timedOut(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The body did not arrive within {@link #ARRIVAL}, or one read of it waited the connection's timeout. */
    public static final class BodyNotArrived extends RuntimeException {

        BodyNotArrived() {
            super("the request body did not arrive in time", null, false, false);
        }
    }
}
