package com.livinglink.gateway.commodity;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Looks commodities up by code and specification. */
@Component
public class CommodityCatalog {

    private final Map<Key, Commodity> commodities;

    public CommodityCatalog(CatalogProperties properties) {
        this.commodities = properties.commodities().stream()
                .collect(Collectors.toUnmodifiableMap(c -> new Key(c.code(), c.specification()), Function.identity()));
    }

    public Optional<Commodity> find(String code, String specification) {
        return Optional.ofNullable(commodities.get(new Key(code, specification)));
    }

    private record Key(String code, String specification) {
    }
}
