package com.livinglink.gateway.apidocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiHandlers;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.RawBody;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.TransportError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

import tools.jackson.databind.json.JsonMapper;

/**
 * Describes each API handler from the {@link ApiCall} on its envelope parameter: springdoc sees only a raw
 * envelope there, so the request, every answer and the signature are written out here, and the params schema
 * is read from the request's params record.
 */
final class ApiOperationCustomizer implements OperationCustomizer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_RESPONSE = com.livinglink.gateway.api.ApiResponses.CONTENT_TYPE.toString();
    /** The content types the platform's clients post the envelope with (contract section 2). */
    private static final List<String> REQUEST_TYPES = List.of("application/json", "application/octet-stream");

    private final ResultDocs results;
    private final Map<String, Schema<?>> params = new ConcurrentHashMap<>();

    ApiOperationCustomizer(ResultDocs results) {
        this.results = results;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return apiCall(handler).map(parameter -> {
            var docs = EndpointDocs.of(parameter.getParameterAnnotation(ApiCall.class).value());
            params.put(docs.paramsSchema(), RecordSchemas.params(ApiHandlers.paramsType(parameter)));
            return describe(operation, docs);
        }).orElse(operation);
    }

    /** Adds the params schemas of the operations described so far: springdoc describes them first. */
    void addParamsSchemas(OpenAPI openApi) {
        params.forEach(openApi.getComponents()::addSchemas);
    }

    private static Optional<MethodParameter> apiCall(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(ApiCall.class)).findFirst();
    }

    private Operation describe(Operation operation, EndpointDocs docs) {
        var endpoint = docs.endpoint();
        var transport = "apiVer " + endpoint.acceptedRange() + "; "
                + (endpoint.httpsOnly() ? "HTTPS only" : "HTTP and HTTPS") + "; POST only; user identity optional "
                + "(`request.iotToken`). Every request is signed by a registered app (X-Ca-* headers).";
        var parameters = SignatureScheme.headerParameters().keySet().stream()
                .map(name -> new Parameter().$ref(SignatureScheme.parameterRef(name))).toList();
        return operation.operationId(docs.operationId()).tags(List.of(GatewayDocument.API_TAG))
                .summary(docs.summary()).description(docs.description() + "\n\n" + transport)
                .parameters(parameters).requestBody(requestBody(docs)).responses(responses(docs))
                .security(List.of(SignatureScheme.appSignature()));
    }

    private static RequestBody requestBody(EndpointDocs docs) {
        var content = new Content();
        for (var type : REQUEST_TYPES) {
            content.addMediaType(type, new MediaType().schema(Schemas.ref(docs.requestSchema()))
                    .examples(Map.of("seed", new Example().summary("The seed's request example")
                            .value(JSON.readValue(docs.seedRequest(), Map.class)))));
        }
        return new RequestBody().required(true).content(content)
                .description("The JSON envelope, UTF-8, at most " + RawBody.MAX_BYTES / 1024
                        + " KiB; the platform's SDKs post it as application/octet-stream; charset=utf-8.");
    }

    private ApiResponses responses(EndpointDocs docs) {
        var responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse()
                .description("Every API-level result, success or not, with the code in the body:\n\n"
                        + results.resultTable(docs.allResults()))
                .headers(headers(SignatureScheme.REQUEST_ID))
                .content(json(docs.responseSchema(), apiLevelExamples(docs))));
        var refusals = Arrays.stream(TransportError.values())
                .filter(error -> error != TransportError.UNSUPPORTED_METHOD)
                .filter(error -> error != TransportError.PLAIN_HTTP || docs.endpoint().httpsOnly())
                .collect(Collectors.groupingBy(error -> error.status().value(), TreeMap::new, Collectors.toList()));
        refusals.forEach((status, errors) -> responses.addApiResponse(String.valueOf(status), refusal(errors)));
        return responses;
    }

    private Map<String, Example> apiLevelExamples(EndpointDocs docs) {
        var examples = new LinkedHashMap<String, Example>();
        var data = docs.seedData() == null ? null : JSON.readValue(docs.seedData(), Object.class);
        examples.put("200-success", new Example().summary("200 success (the seed's example)")
                .value(ResultDocs.envelope(ResultDocs.CLIENT_ID, 200, null, null, data)));
        for (var result : docs.allResults()) {
            if (result == ResultCode.SUCCESS) {
                continue;
            }
            var example = results.example(result, details(docs, result));
            if (result == docs.seedError()) {
                example.summary(example.getSummary() + " (the seed's example)");
            }
            examples.put(key(result.code(), result.name()), example);
        }
        return examples;
    }

    private static List<Detail> details(EndpointDocs docs, ResultCode result) {
        return switch (result) {
            case PARAMETER_ERROR -> List.of(docs.parameterViolation());
            case SERVICE_NOT_FOUND -> List.of(new Detail("detail.apiVer", docs.endpoint().acceptedRange()));
            default -> List.of();
        };
    }

    private ApiResponse refusal(List<TransportError> errors) {
        var names = new ArrayList<>(List.of(SignatureScheme.REQUEST_ID, SignatureScheme.ERROR_CODE,
                SignatureScheme.ERROR_MESSAGE));
        if (errors.contains(TransportError.THROTTLED)) {
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
