package com.livinglink.gateway.api;

import java.io.IOException;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some broken requests itself, before any filter or servlet runs (headers over the size
 * limit, an unparseable request line or URI). This valve gives those the gateway's envelope instead of
 * Tomcat's HTML page. The writer is looked up when the first such request comes, as the valve is built
 * before the application context is complete.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    private final Supplier<EnvelopeWriter> responses;

    public EnvelopeErrorReportValve(Supplier<EnvelopeWriter> responses) {
        this.responses = responses;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var result = switch (status) {
            case 404 -> ResultCode.SERVICE_NOT_FOUND;
            case 503 -> ResultCode.SERVICE_NOT_AVAILABLE;
            default -> status >= 500 && !EnvelopeWriter.isClientProtocolError(status)
                    ? ResultCode.SERVICE_ERROR : ResultCode.REQUEST_ERROR;
        };
        try {
            responses.get().writeContainerRefusal(request, response, result);
            response.finishResponse();
        }
        catch (IOException | IllegalStateException unwritable) {
            // The connection is gone or the response cannot take a body: nothing more can be said.
        }
    }
}
