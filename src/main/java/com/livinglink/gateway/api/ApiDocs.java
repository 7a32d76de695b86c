package com.livinglink.gateway.api;

import java.util.Arrays;
import java.util.List;

/**
 * What the API description says of one API beyond what its route declares: a name for its operation and
 * schemas, a summary and a description, the codes it answers besides those every API has, and which of its
 * refusals the platform's page shows. Its request example, and its {@code data} on success as the demo profile
 * answers that example, are JSON files on the class path ({@link #examplePath}), shared with the tests that
 * send them.
 * <pre>{@code
 * ApiDocs.named("GetOrder").summary("Read one order of a device").description("...")
 *         .results(ResultCode.ORDER_NOT_EXIST).seedError(ResultCode.AUTH_FAILED)
 *         .parameterViolation(new Detail("violation.required", "iotId"))
 * }</pre>
 *
 * @param name the API's name in operation ids and schema names, e.g. {@code BindOrder}
 * @param summary one line
 * @param description what it does, in Markdown
 * @param results the API-level codes this API answers with, besides the ones every API has
 * @param seedError the refusal the platform's page gives as its example
 * @param parameterViolation the parameter error its 460 example shows
 */
public record ApiDocs(String name, String summary, String description, List<ResultCode> results,
        ResultCode seedError, Detail parameterViolation) {

    /** Codes every API answers with (contract section 6). */
    public static final List<ResultCode> EVERY_API = List.of(ResultCode.SUCCESS, ResultCode.REQUEST_ERROR,
            ResultCode.REQUEST_AUTH_ERROR, ResultCode.REQUEST_FORBIDDEN, ResultCode.SERVICE_NOT_FOUND,
            ResultCode.PARAMETER_ERROR, ResultCode.AUTH_FAILED, ResultCode.SERVICE_ERROR,
            ResultCode.SERVICE_NOT_AVAILABLE);

    public ApiDocs {
        results = List.copyOf(results);
    }

    public static ApiDocs named(String name) {
        return new ApiDocs(name, null, null, List.of(), null, null);
    }

    public ApiDocs summary(String summary) {
        return new ApiDocs(name, summary, description, results, seedError, parameterViolation);
    }

    public ApiDocs description(String description) {
        return new ApiDocs(name, summary, description, results, seedError, parameterViolation);
    }

    public ApiDocs results(ResultCode... results) {
        return new ApiDocs(name, summary, description, List.of(results), seedError, parameterViolation);
    }

    public ApiDocs seedError(ResultCode seedError) {
        return new ApiDocs(name, summary, description, results, seedError, parameterViolation);
    }

    public ApiDocs parameterViolation(Detail parameterViolation) {
        return new ApiDocs(name, summary, description, results, seedError, parameterViolation);
    }

    /** Every code the API answers with HTTP 200, in the contract's order. */
    public List<ResultCode> allResults() {
        return Arrays.stream(ResultCode.values())
                .filter(result -> EVERY_API.contains(result) || results.contains(result)).toList();
    }

    /** Its operation's id in the API description: {@code getOrder}. */
    public String operationId() {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Its schemas' names in the API description: {@code GetOrderRequest}, {@code GetOrderParams}. */
    public String schemaName(String part) {
        return name + part;
    }

    /** Where an API's example of {@code kind} ({@code request}, {@code data}) is on the class path. */
    public static String examplePath(String apiId, String kind) {
        return "api-examples/" + apiId + "." + kind + ".json";
    }
}
