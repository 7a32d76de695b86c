package com.livinglink.gateway.apidocs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.livinglink.gateway.api.ApiEndpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Puts the document in a fixed order: the APIs as the contract lists them, then the other paths and the
 * schemas alphabetically. springdoc's own order follows handler discovery, which would make the checked-in
 * {@code docs/openapi.yaml} change with no change to the API.
 */
final class DocumentOrder implements OpenApiCustomizer {

    private static final List<String> API_PATHS = Arrays.stream(ApiEndpoint.values()).map(ApiEndpoint::path).toList();
    private static final Comparator<String> PATH_ORDER = Comparator
            .comparing((String path) -> API_PATHS.contains(path) ? API_PATHS.indexOf(path) : API_PATHS.size())
            .thenComparing(Comparator.naturalOrder());

    @Override
    public void customise(OpenAPI openApi) {
        var paths = new Paths();
        openApi.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey(PATH_ORDER))
                .forEach(path -> paths.addPathItem(path.getKey(), path.getValue()));
        openApi.setPaths(paths);
        openApi.getComponents().setSchemas(new TreeMap<>(openApi.getComponents().getSchemas()));
    }
}
