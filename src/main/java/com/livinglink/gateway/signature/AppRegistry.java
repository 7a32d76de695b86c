package com.livinglink.gateway.signature;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiRoutes;

import org.springframework.stereotype.Component;

/** The registered apps by appKey. The gateway does not start with an app that names an API it does not serve. */
@Component
public class AppRegistry {

    private final Map<String, App> apps;

    public AppRegistry(SecurityProperties properties, ApiRoutes routes) {
        properties.apps().forEach(app -> checkApis(app, routes.ids()));
        this.apps = properties.apps().stream().collect(Collectors.toUnmodifiableMap(App::key, Function.identity()));
    }

    public Optional<App> find(String appKey) {
        return Optional.ofNullable(apps.get(appKey));
    }

    private static void checkApis(App app, Set<String> known) {
        var unknown = app.apis().stream()
                .filter(api -> !api.equals(App.EVERY_API) && !known.contains(api)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("gateway.security.apps: the app " + app.key() + " names APIs the gateway "
                    + "does not serve: " + unknown + "; the APIs are " + App.EVERY_API + " (every API) or "
                    + known.stream().sorted().toList());
        }
    }
}
