package com.livinglink.gateway.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springframework.core.io.ClassPathResource;

/**
 * The operator API (contract section 9, and test control's section 12) in the API description: springdoc infers
 * each operation from its controller; this adds what they all share, the bearer token and the problem answers of
 * the access filter and of failures ({@code admin/problem.yaml}).
 */
public final class OperatorApiDocs {

    private static final String PREFIX = "/admin/";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private OperatorApiDocs() {
    }

    /** Adds to every operator operation of {@code openApi} its tag, its token's scheme and its problem answers. */
    public static void customise(OpenAPI openApi, String tag, String tokenScheme) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().entrySet().stream().filter(path -> path.getKey().startsWith(PREFIX))
                .flatMap(path -> path.getValue().readOperations().stream())
                .forEach(operation -> {
                    operation.tags(List.of(tag)).security(List.of(new SecurityRequirement().addList(tokenScheme)));
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
                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        try (var in = new ClassPathResource("admin/problem.yaml").getInputStream()) {
            return Yaml31.mapper().readValue(in, Schema.class);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
