package com.livinglink.gateway.api;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside any handler (the servlet container's own: an unparseable request,
 * a failing filter) with an envelope instead of Spring Boot's default error page.
 */
@RestController
public class GatewayErrorController implements ErrorController {

    private final EnvelopeWriter responses;

    public GatewayErrorController(EnvelopeWriter responses) {
        this.responses = responses;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiResponse> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // A client asked for the error path itself: no error happened, and the path is no API.
            return responses.error(request, HttpStatus.NOT_FOUND, ResultCode.SERVICE_NOT_FOUND, List.of());
        }
        var status = HttpStatus.resolve(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
                instanceof Integer code ? code : 500);
        if (status != null && EnvelopeWriter.isClientProtocolError(status.value())) {
            return responses.error(request, status, ResultCode.REQUEST_ERROR, List.of());
        }
        if (status == null || status.is5xxServerError()) {
            return responses.error(request, HttpStatus.INTERNAL_SERVER_ERROR, ResultCode.SERVICE_ERROR, List.of());
        }
        return switch (status) {
            case NOT_FOUND -> responses.error(request, status, ResultCode.SERVICE_NOT_FOUND, List.of());
            case METHOD_NOT_ALLOWED -> responses.error(request, SignatureRefusal.UNSUPPORTED_METHOD);
            case CONTENT_TOO_LARGE -> responses.error(request, SignatureRefusal.BODY_TOO_LARGE);
            default -> responses.error(request, status, ResultCode.REQUEST_ERROR, List.of());
        };
    }
}
