package com.livinglink.gateway.envelope;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiRequestArgumentResolver apiRequests;

    ApiWebConfiguration(ApiRequestArgumentResolver apiRequests) {
        this.apiRequests = apiRequests;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(apiRequests);
    }

    /**
     * The gateway answers JSON whatever the client's {@code Accept} says, as the platform does: a client
     * that asks for something else still gets its envelope rather than a 406 without one.
     */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
    }
}
