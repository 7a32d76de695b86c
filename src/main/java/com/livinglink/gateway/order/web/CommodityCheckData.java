package com.livinglink.gateway.order.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of {@code commodity/check}. */
@Schema(description = "Whether the plan can be bought for the device.")
public record CommodityCheckData(
        @Schema(description = "true when the plan is in the catalog and may be bought.") boolean available) {
}
