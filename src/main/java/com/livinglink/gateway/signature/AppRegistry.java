package com.livinglink.gateway.signature;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The registered apps by appKey. */
@Component
public class AppRegistry {

    private final Map<String, App> apps;

    public AppRegistry(SecurityProperties properties) {
        this.apps = properties.apps().stream().collect(Collectors.toUnmodifiableMap(App::key, Function.identity()));
    }

    public Optional<App> find(String appKey) {
        return Optional.ofNullable(apps.get(appKey));
    }
}
