package com.livinglink.gateway.apidocs;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Puts the document in a fixed order: the APIs' paths, then the other paths, each alphabetically, then the
 * schemas alphabetically. springdoc's own order follows handler discovery, which would make the checked-in
 * {@code docs/openapi.yaml} change with no change to the API.
 */
final class DocumentOrder implements OpenApiCustomizer {

    private final Comparator<String> pathOrder;

    DocumentOrder(Set<String> apiPaths) {
        this.pathOrder = Comparator.comparing((String path) -> !apiPaths.contains(path))
                .thenComparing(Comparator.naturalOrder());
    }

    @Override
    public void customise(OpenAPI openApi) {
        var paths = new Paths();
        openApi.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey(pathOrder))
                .forEach(path -> paths.addPathItem(path.getKey(), path.getValue()));
        openApi.setPaths(paths);
        openApi.getComponents().setSchemas(new TreeMap<>(openApi.getComponents().getSchemas()));
    }
}
