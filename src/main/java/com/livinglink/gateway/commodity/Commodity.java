package com.livinglink.gateway.commodity;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A cloud-storage package customers can buy.
 *
 * @param code the commodity code, e.g. {@code ilopLVCloudResource}
 * @param specification the package specification, e.g. {@code eventResource_7}
 * @param recordType 1 continuous recording, 2 event recording
 * @param lifecycleDays days of rolling storage
 * @param monthsPerCopy months of service one bought copy gives
 * @param price list price of one copy
 * @param name the plan's name as {@code commodity/query} lists it ({@code commodityName}), e.g. 事件型7天
 * @param purchasable whether {@code commodity/buy} may sell it; an entry that is not stays in the catalog for
 *     the orders already bought and is still listed
 */
public record Commodity(
        @NotBlank String code,
        @NotBlank String specification,
        @Min(1) @Max(2) int recordType,
        @Min(1) int lifecycleDays,
        @Min(1) @Max(120) int monthsPerCopy,
        @NotNull @PositiveOrZero BigDecimal price,
        @DefaultValue("") String name,
        @DefaultValue("true") boolean purchasable) {

    /** The price of one copy as the platform writes prices: at least one fraction digit ({@code 1.0}). */
    public BigDecimal pricePerCopy() {
        return priceOf(1);
    }

    /** What {@code copies} copies cost, written as {@link #pricePerCopy()} is. */
    public BigDecimal priceOf(int copies) {
        var total = price.multiply(BigDecimal.valueOf(copies)).stripTrailingZeros();
        return total.scale() < 1 ? total.setScale(1) : total;
    }
}
