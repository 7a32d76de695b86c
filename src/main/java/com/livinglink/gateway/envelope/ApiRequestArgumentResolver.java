package com.livinglink.gateway.envelope;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives API handlers their {@link ApiRequest}: checks the content type (the platform's SDKs post the JSON
 * envelope as {@code application/octet-stream}), reads the bounded raw body and the envelope.
 */
@Component
public class ApiRequestArgumentResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> ACCEPTED_TYPES = Set.of("application/json", "application/octet-stream");

    private final EnvelopeReader envelopes;

    public ApiRequestArgumentResolver(EnvelopeReader envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiRequest.class && parameter.hasParameterAnnotation(ApiCall.class);
    }

    @Override
    public ApiRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (!acceptedContentType(request.getContentType())) {
            throw new GatewayException(ResultCode.REQUEST_ERROR);
        }
        var endpoint = parameter.getParameterAnnotation(ApiCall.class).value();
        return envelopes.read(RawBody.of(request), endpoint, ApiExchange.of(request));
    }

    private static boolean acceptedContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return ACCEPTED_TYPES.contains(type.getType() + "/" + type.getSubtype());
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
