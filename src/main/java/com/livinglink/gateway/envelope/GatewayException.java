package com.livinglink.gateway.envelope;

import java.util.List;

/**
 * The one exception type of the API: a result code of the contract and, optionally, the details that
 * the response message lists (for a parameter error, every violated rule of the request).
 * {@link ApiExceptionHandler} turns it into the envelope; nothing else maps errors to codes.
 */
public class GatewayException extends RuntimeException {

    private final ResultCode result;
    private final List<Detail> details;

    public GatewayException(ResultCode result) {
        this(result, List.of());
    }

    public GatewayException(ResultCode result, List<Detail> details) {
        super(result.name() + (details.isEmpty() ? "" : " " + details), null, false, false);
        this.result = result;
        this.details = List.copyOf(details);
    }

    public static GatewayException invalidParameters(List<Detail> violations) {
        return new GatewayException(ResultCode.PARAMETER_ERROR, violations);
    }

    public ResultCode result() {
        return result;
    }

    public List<Detail> details() {
        return details;
    }
}
