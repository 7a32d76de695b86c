package com.livinglink.gateway.apidocs;

import java.util.List;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/** The document springdoc adds the operations to: overview, server, tags and the shared components. */
final class GatewayDocument {

    static final String API_TAG = "Cloud-storage APIs";
    static final String OPERATOR_TAG = "Operator API";

    private GatewayDocument() {
    }

    static OpenAPI base(ResultDocs results, List<ApiRoute<?, ?>> routes) {
        var components = new Components().securitySchemes(SignatureScheme.securitySchemes())
                .parameters(SignatureScheme.headerParameters()).headers(SignatureScheme.responseHeaders());
        return new OpenAPI(SpecVersion.V31)
                .info(new Info().title("Cloud-storage order gateway").version(versions(routes))
                        .description(overview(results)))
                // Relative, so that the description holds wherever the gateway runs.
                .servers(List.of(new Server().url("/").description("This gateway. The APIs marked HTTPS only are "
                        + "served on its HTTPS port only (gateway.tls.port, 8443 by default).")))
                .tags(List.of(
                        new Tag().name(API_TAG).description("The platform's APIs: signed POSTs of a JSON envelope."),
                        new Tag().name(OPERATOR_TAG).description("Devices, orders and iotTokens for operators and "
                                + "test suites: plain REST behind a bearer token, errors as application/problem+json. "
                                + "The /admin/test/ operations (test control) exist only when gateway.testing.enabled "
                                + "is true.")))
                .components(components);
    }

    /** The APIs' versions, since they, not the gateway's build, are what the description describes. */
    private static String versions(List<ApiRoute<?, ?>> routes) {
        return routes.stream().map(route -> route.docs().name() + " " + route.acceptedRange())
                .collect(Collectors.joining("; "));
    }

    private static String overview(ResultDocs results) {
        return """
                A self-hosted, wire-compatible stand-in for the Living Link video cloud-storage order APIs.

                Every API call is a POST of a JSON envelope, signed by a registered app with the platform's \
                API-gateway scheme (X-Ca-* headers: see the `appSignature` security scheme). Swagger UI cannot \
                sign: use `scripts/ca-curl`, the scripts in `examples/`, or the platform's SDK. The demo profile \
                registers the app `demo` / `demo-secret`.

                Answers are envelopes `{"id", "code", "message", "localizedMsg", "data"}`: `message` in English, \
                `localizedMsg` in the caller's language (`request.language`, else `Accept-Language`, else zh-CN), \
                and the header `X-Ca-Request-Id` on every response.

                ### Result codes (HTTP 200, code in the body)

                %s

                ### Refusals of the signature layer (the HTTP status is the code)

                %s

                An unknown path is HTTP 404 with code 404 `service not found.`.
                """.formatted(results.resultTable(List.of(ResultCode.values())),
                ResultDocs.transportTable(List.of(SignatureRefusal.values())));
    }
}
