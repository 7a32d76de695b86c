package com.livinglink.gateway.commodity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Looks commodities up by code and specification, and lists them in the configuration's order. */
@Component
public class CommodityCatalog {

    private final List<Commodity> all;
    private final Map<Key, Commodity> commodities;

    public CommodityCatalog(CatalogProperties properties) {
        this.all = List.copyOf(properties.commodities());
        this.commodities = properties.commodities().stream()
                .collect(Collectors.toUnmodifiableMap(c -> new Key(c.code(), c.specification()), Function.identity()));
    }

    public Optional<Commodity> find(String code, String specification) {
        return Optional.ofNullable(commodities.get(new Key(code, specification)));
    }

    /** A plan that may be sold now: in the catalog and purchasable. */
    public Optional<Commodity> findPurchasable(String code, String specification) {
        return find(code, specification).filter(Commodity::purchasable);
    }

    /** Every entry, purchasable or not, in the order the configuration lists them. */
    public List<Commodity> all() {
        return all;
    }

    private record Key(String code, String specification) {
    }
}
