package com.livinglink.gateway.apidocs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * Each API's operation, written from its route alone (no Spring MVC mapping is involved): the envelope it
 * takes, every answer it gives, the signature, its params and {@code data} schemas from its records, and the
 * platform's examples from the route's example files.
 */
final class ApiOperations {

    private static final String JSON_RESPONSE = EnvelopeWriter.CONTENT_TYPE.toString();

    private final ResultDocs results;
    /** The signed headers besides key and signature, as the base document declares them. */
    private List<Parameter> signedHeaders = List.of();

    ApiOperations(ResultDocs results) {
        this.results = results;
    }

    /**
     * Adds the APIs' paths and their schemas to the document, once springdoc has dropped the schemas no operation
     * of its own refers to, and puts the document in a fixed order: the APIs' paths, then springdoc's (the operator
     * API), then the schemas, each by name. springdoc's own order follows handler discovery, which would make the
     * checked-in {@code docs/openapi.yaml} change with no change to the API.
     */
    void addTo(OpenAPI openApi, List<ApiRoute<?, ?>> routes) {
        var components = openApi.getComponents();
        WireSchemas.all(routes).forEach(components::addSchemas);
        signedHeaders = components.getParameters().keySet().stream()
                .map(name -> new Parameter().$ref("#/components/parameters/" + name)).toList();
        var paths = new Paths();
        for (var route : routes) {
            paths.addPathItem(route.path(), new PathItem().post(operation(route)));
            components.addSchemas(route.docs().schemaName("Params"), RecordSchemas.params(route.paramsType()));
        }
        new TreeMap<>(openApi.getPaths()).forEach(paths::addPathItem);
        openApi.setPaths(paths);
        components.setSchemas(new TreeMap<>(components.getSchemas()));
    }

    static String responseSchema(ApiRoute<?, ?> route) {
        return route.dataType().isEmpty() ? WireSchemas.API_RESPONSE : route.docs().schemaName("Response");
    }

    private Operation operation(ApiRoute<?, ?> route) {
        var docs = route.docs();
        var transport = "apiVer " + route.acceptedRange() + "; "
                + (route.httpsOnly() ? "HTTPS only" : "HTTP and HTTPS") + "; POST only; user identity optional "
                + "(`request.iotToken`). Every request is signed by a registered app (X-Ca-* headers).";
        return new Operation().operationId(docs.operationId())
                .tags(List.of(GatewayDocument.API_TAG)).summary(docs.summary())
                .description(docs.description() + "\n\n" + transport)
                .parameters(signedHeaders).requestBody(requestBody(route)).responses(responses(route))
                // Both schemes at once: a key without its signature is refused, and a signature without its key.
                .security(List.of(new SecurityRequirement().addList("appKey").addList("appSignature")));
    }

    private static RequestBody requestBody(ApiRoute<?, ?> route) {
        var content = new Content();
        // The content types the platform's clients post the envelope with (contract section 2).
        for (var type : List.of("application/json", "application/octet-stream")) {
            content.addMediaType(type, new MediaType().schema(new Schema<>().$ref(route.docs().schemaName("Request")))
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
                        + results.resultTable(route.docs().allResults()))
                .headers(headers(List.of(GatewayDocument.REQUEST_ID)))
                .content(json(responseSchema(route), apiLevelExamples(route))));
        var refusals = Arrays.stream(SignatureRefusal.values())
                .filter(error -> error != SignatureRefusal.UNSUPPORTED_METHOD)
                .filter(error -> error != SignatureRefusal.PLAIN_HTTP || route.httpsOnly())
                .collect(Collectors.groupingBy(error -> error.status().value(), TreeMap::new, Collectors.toList()));
        refusals.forEach((status, errors) -> responses.addApiResponse(String.valueOf(status), refusal(errors)));
        return responses;
    }

    private Map<String, Example> apiLevelExamples(ApiRoute<?, ?> route) {
        var docs = route.docs();
        var examples = new LinkedHashMap<String, Example>();
        var data = route.dataType().isEmpty() ? null : example(route, "data");
        examples.put("200-success", results.success(data));
        for (var result : docs.allResults()) {
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
        return GatewayDocument.parse(GatewayDocument.read(ApiDocs.examplePath(route.id(), kind)), Object.class);
    }

    private ApiResponse refusal(List<SignatureRefusal> errors) {
        var examples = new LinkedHashMap<String, Example>();
        errors.forEach(error -> examples.put(key(error.errorCode(), error.name()), results.example(error)));
        var retryAfter = errors.contains(SignatureRefusal.THROTTLED) ? List.of(GatewayDocument.RETRY_AFTER)
                : List.<String>of();
        return new ApiResponse()
                .description("Refused by the signature layer; `code` is the HTTP status:\n\n"
                        + ResultDocs.transportTable(errors))
                .headers(headers(Stream.concat(Stream.of(GatewayDocument.REQUEST_ID, GatewayDocument.ERROR_CODE,
                        GatewayDocument.ERROR_MESSAGE), retryAfter.stream()).toList()))
                .content(json(WireSchemas.API_RESPONSE, examples));
    }

    private static Map<String, Header> headers(List<String> names) {
        return names.stream().collect(Collectors.toMap(name -> name,
                name -> new Header().$ref("#/components/headers/" + name), (one, other) -> one, LinkedHashMap::new));
    }

    private static Content json(String schema, Map<String, Example> examples) {
        return new Content().addMediaType(JSON_RESPONSE,
                new MediaType().schema(new Schema<>().$ref(schema)).examples(examples));
    }

    private static String key(Object code, String name) {
        return code + "-" + name.toLowerCase().replace('_', '-');
    }
}
