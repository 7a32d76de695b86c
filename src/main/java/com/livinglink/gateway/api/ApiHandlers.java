package com.livinglink.gateway.api;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The API handlers, one an API, and the call of one: the envelope read from the body, checked and bound to the
 * handler's params record, then the handler. A handler is a controller method
 * {@code ResponseEntity<ApiResponse> get(@ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<GetOrderParams> request,
 * HttpServletRequest http)}; its {@code @PostMapping} of the API's path is what the API description is built
 * from, while the {@link ApiEdge} calls it directly, without Spring MVC's dispatch.
 */
@Component
public class ApiHandlers implements SmartInitializingSingleton {

    private static final Set<String> ACCEPTED_TYPES = Set.of("application/json", "application/octet-stream");

    private final ApplicationContext context;
    private final EnvelopeReader envelopes;
    private final ParamsBinder params;
    /** Null unless a guard is configured (test control): then no call pays for a check that is not there. */
    private final ApiCallGuard guard;
    private volatile Map<ApiEndpoint, Handler> handlers = Map.of();

    ApiHandlers(ApplicationContext context, EnvelopeReader envelopes, ParamsBinder params,
            ObjectProvider<ApiCallGuard> guard) {
        this.context = context;
        this.envelopes = envelopes;
        this.params = params;
        this.guard = guard.getIfAvailable();
    }

    /** Finds the handlers once every controller exists, before the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        handlers = find(context);
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

    /**
     * Reads the request for the API and calls its handler. Throws what reading or the API refused with, for
     * {@link ApiExceptionHandler} to answer.
     */
    ResponseEntity<ApiResponse> call(ApiEndpoint endpoint, HttpServletRequest request) throws Exception {
        if (!acceptedContentType(request.getContentType())) {
            throw new GatewayException(ResultCode.REQUEST_ERROR);
        }
        var envelope = envelopes.read(RawBody.of(request), endpoint, ApiExchange.of(request));
        var handler = handlers.get(endpoint);
        if (guard != null && guard.beforeCall(endpoint, envelope.params())) {
            try (var restarted = ApiEdge.deadlineOf(endpoint).bind()) {
                return invoke(handler, envelope, request);
            }
        }
        return invoke(handler, envelope, request);
    }

    private ResponseEntity<ApiResponse> invoke(Handler handler, ApiRequest<JsonNode> envelope,
            HttpServletRequest request) throws Exception {
        return handler.invoke(envelope.withParams(params.bind(envelope.params(), handler.paramsType())), request);
    }

    /**
     * Every API handler of the application; it does not start if an API has none, or two. Controllers are
     * told apart by their type before any is asked for: a lazy one (springdoc's, see apidocs) stays unbuilt.
     */
    static Map<ApiEndpoint, Handler> find(ApplicationContext context) {
        var found = new EnumMap<ApiEndpoint, Handler>(ApiEndpoint.class);
        for (var name : context.getBeanNamesForAnnotation(RestController.class)) {
            var declared = context.getType(name, false);
            if (declared == null) {
                continue;
            }
            var methods = ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(declared),
                    ApiHandlers::isHandler);
            if (methods.length == 0) {
                continue;
            }
            var bean = context.getBean(name);
            for (var method : methods) {
                var handler = Handler.of(bean, method);
                if (found.put(handler.endpoint(), handler) != null) {
                    throw new IllegalStateException("two handlers for " + handler.endpoint() + ": " + method);
                }
            }
        }
        var missing = Arrays.stream(ApiEndpoint.values()).filter(endpoint -> !found.containsKey(endpoint)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no handler for " + missing);
        }
        return found;
    }

    private static boolean isHandler(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(parameter -> parameter.isAnnotationPresent(ApiCall.class));
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

    record Handler(ApiEndpoint endpoint, Object bean, Method method, Class<? extends Record> paramsType) {

        static Handler of(Object bean, Method method) {
            var types = method.getParameterTypes();
            if (types.length != 2 || types[0] != ApiRequest.class || types[1] != HttpServletRequest.class
                    || method.getReturnType() != ResponseEntity.class) {
                throw new IllegalStateException(method + ": an API handler is ResponseEntity<ApiResponse> "
                        + "handle(@ApiCall(...) ApiRequest<P> request, HttpServletRequest http)");
            }
            var invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            ReflectionUtils.makeAccessible(invocable);
            var parameter = new MethodParameter(method, 0);
            return new Handler(parameter.getParameterAnnotation(ApiCall.class).value(), bean, invocable,
                    ApiHandlers.paramsType(parameter));
        }

        @SuppressWarnings("unchecked")
        ResponseEntity<ApiResponse> invoke(ApiRequest<? extends Record> request, HttpServletRequest http)
                throws Exception {
            try {
                return (ResponseEntity<ApiResponse>) method.invoke(bean, request, http);
            }
            catch (InvocationTargetException failed) {
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw (Exception) failed.getCause();
            }
        }
    }
}
