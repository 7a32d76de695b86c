package com.livinglink.gateway.order;

import java.math.BigDecimal;

import com.livinglink.gateway.common.DecimalDigits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One order as the operator imports it (contract section 9). {@code price} defaults to the commodity's
 * list price, {@code orderType} to 0 (paid order); {@code status} may only be 2, for an order imported
 * frozen, since every other status is derived. A price is a decimal of at most {@value #PRICE_INTEGER_DIGITS}
 * integer and {@value #PRICE_FRACTION_DIGITS} fraction digits, whatever its exponent.
 */
public record ImportedOrder(
        @NotNull String orderId,
        @NotBlank @Size(max = 64) String commodityCode,
        @NotBlank @Size(max = 64) String specification,
        @NotNull @Min(1) @Max(MAX_COPIES) Integer copies,
        @DecimalMin("0") @DecimalDigits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
        BigDecimal price,
        @Size(max = 64) String outOrderNo,
        @NotNull @Min(0) @Max(2) Integer paymentStatus,
        @Min(0) @Max(1) Integer orderType,
        @Min(FROZEN_STATUS) @Max(FROZEN_STATUS) Integer status) {

    public static final int MAX_COPIES = 1000;
    public static final int FROZEN_STATUS = 2;
    public static final int PRICE_INTEGER_DIGITS = 12;
    public static final int PRICE_FRACTION_DIGITS = 4;

    boolean frozen() {
        return status != null;
    }
}
