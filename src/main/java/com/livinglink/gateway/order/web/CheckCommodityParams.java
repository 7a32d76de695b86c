package com.livinglink.gateway.order.web;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import com.livinglink.gateway.order.Purchaser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The params of {@code commodity/check} (contract 11.4). */
@Schema(description = "commodity/check params (contract 11.4).")
record CheckCommodityParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dK****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The plan's code, from commodity/query.", example = "ilopLVCloudResource")
        @NotNull @MaxCodePoints(Purchaser.MAX_LENGTH) String commodityCode,
        @Schema(description = "The plan's specification, from commodity/query.", example = "eventResource_7")
        @NotNull @MaxCodePoints(Purchaser.MAX_LENGTH) String specification) {
}
