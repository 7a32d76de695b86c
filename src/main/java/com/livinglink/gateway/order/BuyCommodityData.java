package com.livinglink.gateway.order;

import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of {@code commodity/buy}: the new order's id, nothing else. */
@Schema(description = "The order the purchase created.")
public record BuyCommodityData(
        @Schema(description = "The new order's id: 21 digits, the moment of purchase (yyyyMMddHHmmssSSS in the "
                + "service zone) and a 4-digit sequence.") String orderId) {
}
