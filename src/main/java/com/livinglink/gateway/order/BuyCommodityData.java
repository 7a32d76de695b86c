package com.livinglink.gateway.order;

import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of {@code commodity/buy}: the new order's id, nothing else. */
@Schema(description = "The order the purchase created.")
public record BuyCommodityData(
        @Schema(description = "The new order's id: 21 digits, the second of purchase (yyyyMMddHHmmss in the "
                + "service zone) and a 7-digit sequence; never the same twice.") String orderId) {
}
