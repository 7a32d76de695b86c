package com.livinglink.gateway.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.EnvelopeWriter;
import com.livinglink.gateway.api.RawBody;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each API's operation, written from its route alone (no Spring MVC mapping is involved): the envelope it
 * takes, every answer it gives, the signature, its params and {@code data} schemas from its records, and the
 * platform's examples from the route's example files.
 */
final class ApiOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_RESPONSE = EnvelopeWriter.CONTENT_TYPE.toString();
    /** The content types the platform's clients post the envelope with (contract section 2). */
    private static final List<String> REQUEST_TYPES = List.of("application/json", "application/octet-stream");

    private final ResultDocs results;

    ApiOperations(ResultDocs results) {
        this.results = results;
    }

    /**
     * Adds the APIs' paths and their schemas to the document, once springdoc has dropped the schemas no operation
     * of its own refers to.
     */
    void addTo(OpenAPI openApi, List<ApiRoute<?, ?>> routes) {
        WireSchemas.all(routes).forEach(openApi.getComponents()::addSchemas);
        for (var route : routes) {
            openApi.path(route.path(), new PathItem().post(operation(route)));
            openApi.getComponents().addSchemas(paramsSchema(route), RecordSchemas.params(route.paramsType()));
        }
    }

    static String requestSchema(ApiRoute<?, ?> route) {
        return route.docs().name() + "Request";
    }

    static String paramsSchema(ApiRoute<?, ?> route) {
        return route.docs().name() + "Params";
    }

    static String responseSchema(ApiRoute<?, ?> route) {
        return route.dataType().isEmpty() ? WireSchemas.API_RESPONSE : route.docs().name() + "Response";
    }

    private Operation operation(ApiRoute<?, ?> route) {
        var docs = route.docs();
        var transport = "apiVer " + route.acceptedRange() + "; "
                + (route.httpsOnly() ? "HTTPS only" : "HTTP and HTTPS") + "; POST only; user identity optional "
                + "(`request.iotToken`). Every request is signed by a registered app (X-Ca-* headers).";
        var parameters = SignatureScheme.headerParameters().keySet().stream()
                .map(name -> new Parameter().$ref(SignatureScheme.parameterRef(name))).toList();
        return new Operation().operationId(Character.toLowerCase(docs.name().charAt(0)) + docs.name().substring(1))
                .tags(List.of(GatewayDocument.API_TAG)).summary(docs.summary())
                .description(docs.description() + "\n\n" + transport)
                .parameters(parameters).requestBody(requestBody(route)).responses(responses(route))
                .security(List.of(SignatureScheme.appSignature()));
    }

    private static RequestBody requestBody(ApiRoute<?, ?> route) {
        var content = new Content();
        for (var type : REQUEST_TYPES) {
            content.addMediaType(type, new MediaType().schema(Schemas.ref(requestSchema(route)))
                    .examples(Map.of("seed", new Example().summary("The seed's request example")
                            .value(example(route, "request")))));
        }
        return new RequestBody().required(true).content(content)
                .description("The JSON envelope, UTF-8, at most " + RawBody.MAX_BYTES / 1024
                        + " KiB; the platform's SDKs post it as application/octet-stream; charset=utf-8.");
    }

    private ApiResponses responses(ApiRoute<?, ?> route) {
        var responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse()
                .description("Every API-level result, success or not, with the code in the body:\n\n"
                        + results.resultTable(allResults(route.docs())))
                .headers(headers(SignatureScheme.REQUEST_ID))
                .content(json(responseSchema(route), apiLevelExamples(route))));
        var refusals = Arrays.stream(SignatureRefusal.values())
                .filter(error -> error != SignatureRefusal.UNSUPPORTED_METHOD)
                .filter(error -> error != SignatureRefusal.PLAIN_HTTP || route.httpsOnly())
                .collect(Collectors.groupingBy(error -> error.status().value(), TreeMap::new, Collectors.toList()));
        refusals.forEach((status, errors) -> responses.addApiResponse(String.valueOf(status), refusal(errors)));
        return responses;
    }

    /** Every code this API answers with HTTP 200, in the contract's order. */
    private static List<ResultCode> allResults(ApiDocs docs) {
        return Arrays.stream(ResultCode.values())
                .filter(result -> ApiDocs.EVERY_API.contains(result) || docs.results().contains(result)).toList();
    }

    private Map<String, Example> apiLevelExamples(ApiRoute<?, ?> route) {
        var docs = route.docs();
        var examples = new LinkedHashMap<String, Example>();
        var data = route.dataType().isEmpty() ? null : example(route, "data");
        examples.put("200-success", new Example().summary("200 success (the seed's example)")
                .value(ResultDocs.envelope(ResultDocs.CLIENT_ID, 200, null, null, data)));
        for (var result : allResults(docs)) {
            if (result == ResultCode.SUCCESS) {
                continue;
            }
            var example = results.example(result, details(route, result));
            if (result == docs.seedError()) {
                example.summary(example.getSummary() + " (the seed's example)");
            }
            examples.put(key(result.code(), result.name()), example);
        }
        return examples;
    }

    private static List<Detail> details(ApiRoute<?, ?> route, ResultCode result) {
        return switch (result) {
            case PARAMETER_ERROR -> List.of(route.docs().parameterViolation());
            case SERVICE_NOT_FOUND -> List.of(new Detail("detail.apiVer", route.acceptedRange()));
            default -> List.of();
        };
    }

    /** The route's example of {@code kind}, as JSON values in their order. */
    private static Object example(ApiRoute<?, ?> route, String kind) {
        try (var in = new ClassPathResource(ApiDocs.examplePath(route.id(), kind)).getInputStream()) {
            return JSON.readValue(in, Object.class);
        }
        catch (IOException missing) {
            throw new UncheckedIOException("no " + kind + " example for " + route.id(), missing);
        }
    }

    private ApiResponse refusal(List<SignatureRefusal> errors) {
        var names = new ArrayList<>(List.of(SignatureScheme.REQUEST_ID, SignatureScheme.ERROR_CODE,
                SignatureScheme.ERROR_MESSAGE));
        if (errors.contains(SignatureRefusal.THROTTLED)) {
            names.add(SignatureScheme.RETRY_AFTER);
        }
        var examples = new LinkedHashMap<String, Example>();
        errors.forEach(error -> examples.put(key(error.errorCode(), error.name()), results.example(error)));
        return new ApiResponse()
                .description("Refused by the signature layer; `code` is the HTTP status:\n\n"
                        + ResultDocs.transportTable(errors))
                .headers(headers(names.toArray(String[]::new)))
                .content(json(WireSchemas.API_RESPONSE, examples));
    }

    private static Map<String, Header> headers(String... names) {
        var headers = new LinkedHashMap<String, Header>();
        for (var name : names) {
            headers.put(name, new Header().$ref(SignatureScheme.responseHeaderRef(name)));
        }
        return headers;
    }

    private static Content json(String schema, Map<String, Example> examples) {
        return new Content().addMediaType(JSON_RESPONSE,
                new MediaType().schema(Schemas.ref(schema)).examples(examples));
    }

    private static String key(Object code, String name) {
        return code + "-" + name.toLowerCase().replace('_', '-');
    }
}
