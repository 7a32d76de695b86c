package com.livinglink.gateway.apidocs;

import static com.livinglink.gateway.apidocs.Schemas.properties;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The operator API (contract section 9) as springdoc infers it from its controller, plus what every one of
 * its operations shares: the bearer token, and the problem answers of the access filter and of failures.
 */
final class OperatorApiCustomizer implements OpenApiCustomizer {

    static final String PREFIX = "/admin/";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, Schemas.object("An operator API error (RFC 9457).", properties(
                "type", Schemas.string(null),
                "title", Schemas.string(null),
                "status", Schemas.of("integer"),
                "detail", Schemas.string("What went wrong."),
                "instance", Schemas.string(null))));
        openApi.getPaths().entrySet().stream().filter(path -> path.getKey().startsWith(PREFIX))
                .flatMap(path -> path.getValue().readOperations().stream())
                .forEach(operation -> {
                    operation.tags(List.of(GatewayDocument.OPERATOR_TAG))
                            .security(List.of(SignatureScheme.operatorToken()));
                    var responses = operation.getResponses();
                    responses.putIfAbsent("400", problem("The input is invalid; `detail` says how."));
                    responses.putIfAbsent("401", problem("No valid `Authorization: Bearer` operator token."));
                    responses.putIfAbsent("404", problem("Not found; or the operator API is off "
                            + "(gateway.admin.token not set)."));
                    responses.putIfAbsent("503", problem("The database is not available; try again."));
                });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(Schemas.ref(PROBLEM))));
    }
}
