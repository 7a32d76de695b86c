package com.livinglink.gateway.api;

import java.util.List;

/**
 * A refusal of the API edge itself (a malformed envelope, invalid parameters, an app that may not call the
 * API, shared state out of reach): a result code of the contract and, optionally, the details that the
 * response message lists (for a parameter error, every violated rule of the request). The domain's own
 * refusals are {@link com.livinglink.gateway.failure.DomainFailure}s, coded by {@link DomainFailureCodes}.
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
