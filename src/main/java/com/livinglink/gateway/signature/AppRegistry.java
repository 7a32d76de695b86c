package com.livinglink.gateway.signature;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiEndpoint;

import org.springframework.stereotype.Component;

/** The registered apps by appKey. The gateway does not start with an app that names an API it does not serve. */
@Component
public class AppRegistry {

    private final Map<String, App> apps;

    public AppRegistry(SecurityProperties properties) {
        properties.apps().forEach(AppRegistry::checkApis);
        this.apps = properties.apps().stream().collect(Collectors.toUnmodifiableMap(App::key, Function.identity()));
    }

    public Optional<App> find(String appKey) {
        return Optional.ofNullable(apps.get(appKey));
    }

    private static void checkApis(App app) {
        var known = Arrays.stream(ApiEndpoint.values()).map(ApiEndpoint::id).collect(Collectors.toSet());
        var unknown = app.apis().stream()
                .filter(api -> !api.equals(App.EVERY_API) && !known.contains(api)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("gateway.security.apps: the app " + app.key() + " names APIs the gateway "
                    + "does not serve: " + unknown + "; the APIs are " + App.EVERY_API + " (every API) or "
                    + known.stream().sorted().toList());
        }
    }
}
