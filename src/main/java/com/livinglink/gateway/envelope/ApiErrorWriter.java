package com.livinglink.gateway.envelope;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Writes the envelope of a refusal from a servlet filter, where Spring MVC's exception handling does not
 * reach; the envelope itself is built by {@link ApiResponses}, as for every other response.
 */
@Component
public class ApiErrorWriter {

    private final ApiResponses responses;
    private final ObjectMapper json;

    public ApiErrorWriter(ApiResponses responses, ObjectMapper json) {
        this.responses = responses;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, TransportException failure)
            throws IOException {
        write(responses.error(request, failure), response);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, GatewayException failure)
            throws IOException {
        write(responses.error(request, failure.result(), failure.details()), response);
    }

    private void write(ResponseEntity<ApiResponse> entity, HttpServletResponse response) throws IOException {
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        json.writeValue(response.getOutputStream(), entity.getBody());
    }
}
