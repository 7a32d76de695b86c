package com.livinglink.gateway.envelope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some broken requests itself, before any filter or servlet runs (headers over the size
 * limit, an unparseable request line or URI). This valve gives those the gateway's envelope instead of
 * Tomcat's HTML page. Spring is not involved, so the messages come straight from the bundles, in the
 * default language.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var result = switch (status) {
            case 404 -> ResultCode.SERVICE_NOT_FOUND;
            case 503 -> ResultCode.SERVICE_NOT_AVAILABLE;
            default -> status >= 500 ? ResultCode.SERVICE_ERROR : ResultCode.REQUEST_ERROR;
        };
        var english = ResourceBundle.getBundle("messages", Locale.ROOT).getString(result.messageKey());
        var localized = ResourceBundle.getBundle("messages", ApiMessages.ZH_CN).getString(result.messageKey());
        var requestId = UUID.randomUUID().toString();
        var body = "{\"id\":\"" + requestId + "\",\"code\":" + result.code() + ",\"message\":\"" + english
                + "\",\"localizedMsg\":\"" + localized + "\",\"data\":null}";
        try {
            response.setContentType(ApiResponses.CONTENT_TYPE.toString());
            response.setHeader(RequestLogFilter.REQUEST_ID_HEADER, requestId);
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        }
        catch (IOException | IllegalStateException unwritable) {
            // The connection is gone or the response cannot take a body: nothing more can be said.
        }
    }
}
