package com.livinglink.gateway.commodity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The commodity catalog.
 *
 * @param commodities the packages orders may be imported for, each with {@code code}, {@code specification},
 *     {@code record-type} (1 continuous, 2 event), {@code lifecycle-days}, {@code months-per-copy},
 *     {@code price}, {@code name} (the plan's name that commodity/query lists) and {@code purchasable} (default
 *     {@code true}; {@code false}: listed, its orders kept, but commodity/buy refuses it); an order of any other code/specification is refused. {@code application.yaml} lists the
 *     four {@code ilopLVCloudResource} packages
 */
@ConfigurationProperties("gateway.catalog")
@Validated
public record CatalogProperties(@NotEmpty List<@Valid Commodity> commodities) {
}
