package com.livinglink.gateway.apidocs;

import com.livinglink.gateway.api.ApiMessages;
import com.livinglink.gateway.api.ApiRequest;
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
    OpenAPI gatewayOpenApi(ResultDocs results) {
        // The envelope reaches the API handlers through ApiCall's resolver, not as a request parameter, and the
        // error controller answers every method of /error: springdoc would describe both as API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiRequest.class)
                .addHiddenRestControllers(GatewayErrorController.class);
        return GatewayDocument.base(results);
    }

    @Bean
    ApiOperationCustomizer apiOperations(ResultDocs results) {
        return new ApiOperationCustomizer(results);
    }

    /** One customizer, since the order is then sorted with the schemas the params and the operator API add. */
    @Bean
    OpenApiCustomizer operatorApiInDocumentOrder(ApiOperationCustomizer apiOperations) {
        var operatorApi = new OperatorApiCustomizer();
        var documentOrder = new DocumentOrder();
        return openApi -> {
            apiOperations.addParamsSchemas(openApi);
            operatorApi.customise(openApi);
            documentOrder.customise(openApi);
        };
    }
}
