package com.livinglink.gateway.commodity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The commodity catalog.
 *
 * @param commodities the packages orders may be imported for; an order of any other code/specification
 *     is refused
 */
@ConfigurationProperties("gateway.catalog")
@Validated
public record CatalogProperties(@NotEmpty List<@Valid Commodity> commodities) {
}
