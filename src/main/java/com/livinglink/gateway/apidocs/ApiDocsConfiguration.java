package com.livinglink.gateway.apidocs;

import com.livinglink.gateway.admin.OperatorApiDocs;
import com.livinglink.gateway.api.ApiMessages;
import com.livinglink.gateway.api.ApiRoutes;
import com.livinglink.gateway.api.GatewayErrorController;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and {@code .yaml}) and Swagger UI at
 * {@code /swagger-ui.html}, both served only where springdoc is switched on ({@code springdoc.api-docs.enabled},
 * {@code springdoc.swagger-ui.enabled}): the demo profile does, the default configuration does not.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
class ApiDocsConfiguration {

    @Bean
    static ApiDocsOnDemand apiDocsOnDemand() {
        return new ApiDocsOnDemand();
    }

    @Bean
    ResultDocs resultDocs(ApiMessages messages) {
        return new ResultDocs(messages);
    }

    /**
     * springdoc reads its static configuration when it first describes the API, after this bean exists: set
     * here rather than in a static initializer, so that nothing of springdoc is loaded before it is needed
     * (see {@link ApiDocsOnDemand}). For the same reason springdoc's model converters, which nothing else
     * asks for, are registered with swagger-core only now.
     */
    @Bean
    @DependsOn("modelConverterRegistrar")
    OpenAPI gatewayOpenApi(ResultDocs results, ApiRoutes routes) {
        // The error controller answers every method of /error: springdoc would describe it as an API.
        SpringDocUtils.getConfig().addHiddenRestControllers(GatewayErrorController.class);
        return GatewayDocument.base(results, routes.all());
    }

    /**
     * What the operator API's operations share, then the APIs from their routes (Spring MVC does not serve them, so
     * springdoc finds only the operator API) and the document's order: one customizer, since the order is sorted
     * with the paths and schemas both add.
     */
    @Bean
    OpenApiCustomizer operatorApiThenApis(ResultDocs results, ApiRoutes routes) {
        var apis = new ApiOperations(results);
        return openApi -> {
            OperatorApiDocs.customise(openApi, GatewayDocument.OPERATOR_TAG, GatewayDocument.OPERATOR_TOKEN);
            apis.addTo(openApi, routes.all());
        };
    }
}
