package com.livinglink.gateway.api;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives API handlers their {@link ApiRequest}: checks the content type (the platform's SDKs post the JSON
 * envelope as {@code application/octet-stream}), reads the bounded raw body and the envelope, and binds the
 * params to the handler's params record.
 */
@Component
public class ApiRequestArgumentResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> ACCEPTED_TYPES = Set.of("application/json", "application/octet-stream");

    private final EnvelopeReader envelopes;
    private final ParamsBinder params;
    /** Null unless a guard is configured (test control): then no call pays for a check that is not there. */
    private final ApiCallGuard guard;

    public ApiRequestArgumentResolver(EnvelopeReader envelopes, ParamsBinder params, ObjectProvider<ApiCallGuard> guard) {
        this.envelopes = envelopes;
        this.params = params;
        this.guard = guard.getIfAvailable();
    }

    /** The params record of an API handler's {@code @ApiCall ApiRequest<P>} parameter. */
    public static Class<? extends Record> paramsType(MethodParameter parameter) {
        var type = ResolvableType.forMethodParameter(parameter).as(ApiRequest.class).getGeneric(0).resolve();
        if (type == null || !type.isRecord()) {
            throw new IllegalStateException(parameter.getExecutable() + ": an @ApiCall ApiRequest needs a params "
                    + "record as its type argument");
        }
        return type.asSubclass(Record.class);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiRequest.class && parameter.hasParameterAnnotation(ApiCall.class);
    }

    @Override
    public ApiRequest<? extends Record> resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (!acceptedContentType(request.getContentType())) {
            throw new GatewayException(ResultCode.REQUEST_ERROR);
        }
        var endpoint = parameter.getParameterAnnotation(ApiCall.class).value();
        var envelope = envelopes.read(RawBody.of(request), endpoint, ApiExchange.of(request));
        if (guard != null) {
            guard.beforeCall(endpoint, envelope.params());
        }
        return envelope.withParams(params.bind(envelope.params(), paramsType(parameter)));
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
