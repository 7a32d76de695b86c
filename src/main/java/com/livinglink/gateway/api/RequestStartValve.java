package com.livinglink.gateway.api;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Two things only Tomcat knows or can do for a request whose body may stall. It records when Tomcat began to
 * read the request, the start of its budget ({@link RawBody#ARRIVAL}). And when the answer says
 * {@code Connection: close} (a refusal written before the body was read), it tells Tomcat not to read and
 * discard the rest of the body first: Tomcat would otherwise wait for a stalled body for as long as the
 * connection's timeout allows, holding the worker the refusal was meant to free.
 */
public class RequestStartValve extends ValveBase {

    private static final String STARTED = RequestStartValve.class.getName() + ".started";

    public RequestStartValve() {
        super(true);
    }

    /** When Tomcat began to read the request (System.nanoTime), or now outside a Tomcat request. */
    public static long startNanos(HttpServletRequest request) {
        return request.getAttribute(STARTED) instanceof Long started ? started : System.nanoTime();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        long started = request.getCoyoteRequest().getStartTimeNanos();
        request.setAttribute(STARTED, started > 0 ? started : System.nanoTime());
        try {
            getNext().invoke(request, response);
        }
        finally {
            if ("close".equalsIgnoreCase(response.getHeader("Connection"))) {
                sendAnswer(response);
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                // Tomcat counts that as a failed exchange; its answer is written already, so no error page.
                response.setErrorReported();
            }
        }
    }

    /**
     * Finishes the answer, its length declared, before the body is given up: Tomcat marks a request whose body
     * it stops reading as failed, and an answer not yet sent by then would go out as a 500 instead of the
     * refusal written; one sent without its length could not be read whole by a client still sending its body.
     */
    private static void sendAnswer(Response response) {
        try {
            response.finishResponse();
        }
        catch (IOException gone) {
            // The client is gone: there is nobody to answer.
        }
    }
}
