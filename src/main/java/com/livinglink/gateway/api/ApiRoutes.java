package com.livinglink.gateway.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Every API the gateway serves: the {@link ApiRoute} beans the modules declare, by path. The gateway does not
 * start with two routes of one path or one id.
 */
@Component
public class ApiRoutes {

    private final List<ApiRoute<?, ?>> routes;
    private final Map<String, ApiRoute<?, ?>> byPath;

    public ApiRoutes(List<ApiRoute<?, ?>> declared) {
        this.routes = declared.stream().sorted(Comparator.comparing(ApiRoute::path)).toList();
        this.byPath = routes.stream().collect(Collectors.toUnmodifiableMap(ApiRoute::path, Function.identity(),
                (one, other) -> {
                    throw new IllegalStateException("two APIs at " + one.path() + ": " + one.id() + ", " + other.id());
                }));
        var ids = routes.stream().collect(Collectors.groupingBy(ApiRoute::id, Collectors.counting()));
        ids.forEach((id, count) -> {
            if (count > 1) {
                throw new IllegalStateException("two APIs with the id " + id);
            }
        });
    }

    /** Every API, by path. */
    public List<ApiRoute<?, ?>> all() {
        return routes;
    }

    public Set<String> ids() {
        return routes.stream().map(ApiRoute::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<ApiRoute<?, ?>> withId(String id) {
        return routes.stream().filter(route -> route.id().equals(id)).findFirst();
    }

    /**
     * The API a request is for, judged as a servlet container routes it: by the servlet path, which the
     * container has decoded and normalised and stripped of {@code ;parameters}. The raw request URI would let
     * {@code /order/get;x=1} reach the API while a check keyed on the URI did not recognise it.
     */
    public Optional<ApiRoute<?, ?>> of(HttpServletRequest request) {
        var pathInfo = request.getPathInfo();
        return Optional.ofNullable(byPath.get(pathInfo == null ? request.getServletPath()
                : request.getServletPath() + pathInfo));
    }
}
