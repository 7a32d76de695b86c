package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.livinglink.gateway.api.ApiEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Which APIs an app may call: by id, or every one with {@code *}; the recipes users copy grant all fourteen. */
class AppRegistryTest {

    @Test
    void anAppWithTheWildcardMayCallEveryApi() {
        var app = new App("shop", "secret", Set.of("*"), 0, true);

        assertThat(ApiEndpoint.values()).allMatch(app::mayCall);
    }

    @Test
    void anAppWithIdsMayCallThoseApisOnly() {
        var app = new App("reporting", "secret", Set.of("get-order", "order-query"), 0, true);

        assertThat(ApiEndpoint.values()).filteredOn(app::mayCall)
                .containsExactlyInAnyOrder(ApiEndpoint.GET_ORDER, ApiEndpoint.ORDER_QUERY);
    }

    @Test
    void idsAreReadAsConfigurationSpellsEnumNames() {
        var app = new App("shop", "secret", Set.of("BIND_ORDER", " Get-Order "), 0, true);

        assertThat(app.apis()).containsExactlyInAnyOrder("bind-order", "get-order");
    }

    @Test
    void anAppNamingAnApiTheGatewayDoesNotServeStopsTheStart() {
        var properties = new SecurityProperties(List.of(new App("shop", "secret", Set.of("get-order", "order-get"),
                0, true)));

        assertThatIllegalStateException().isThrownBy(() -> new AppRegistry(properties))
                .withMessageContaining("shop").withMessageContaining("[order-get]")
                .withMessageContaining("get-order");
    }

    /** docker-compose.yml and docs/operations.md register the app a customer's backend runs as: it calls every API. */
    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docs/operations.md"})
    void theProductionRecipesRegisterAnAppThatMayCallEveryApi(String recipe) throws IOException {
        var environment = new LinkedHashMap<String, Object>();
        var variable = Pattern.compile("(GATEWAY_SECURITY_APPS_0_\\w+)[:=] ?(\"[^\"]*\"|'[^']*'|\\S+)");
        variable.matcher(Files.readString(Path.of(recipe))).results().forEach(match -> environment
                .put(match.group(1), match.group(2).replaceAll("^[\"']|[\"']$", "")));

        var apps = bind(environment).apps();

        assertThat(apps).hasSize(1);
        assertThat(ApiEndpoint.values()).allMatch(apps.get(0)::mayCall);
        new AppRegistry(bind(environment));
    }

    private static SecurityProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source)).bind("gateway.security", SecurityProperties.class)
                .orElseThrow(() -> new AssertionError("the recipe registers no app"));
    }
}
