package com.livinglink.gateway.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    /**
     * The gateway answers JSON whatever the client's {@code Accept} says, as the platform does: a client
     * that asks for something else still gets its envelope rather than a 406 without one. JSON is added to
     * what the client accepts rather than replacing it, so that the API description can still be asked for
     * as YAML.
     */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(jsonAlwaysAcceptable(new HeaderContentNegotiationStrategy())));
    }

    private static ContentNegotiationStrategy jsonAlwaysAcceptable(ContentNegotiationStrategy accepted) {
        return request -> {
            try {
                var types = accepted.resolveMediaTypes(request);
                if (types.equals(ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST)) {
                    return types;
                }
                var withJson = new ArrayList<>(types);
                withJson.add(MediaType.APPLICATION_JSON);
                return withJson;
            }
            catch (HttpMediaTypeNotAcceptableException malformedAccept) {
                return List.of(MediaType.APPLICATION_JSON);
            }
        };
    }
}
