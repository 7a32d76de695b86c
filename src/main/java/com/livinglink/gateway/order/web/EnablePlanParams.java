package com.livinglink.gateway.order.web;

import com.livinglink.gateway.common.Identifier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The params of {@code commodity/enable} (contract 11.7). */
@Schema(description = "commodity/enable params (contract 11.7).")
record EnablePlanParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The bought order's id.", example = "20221013000000000002")
        @NotNull @Identifier String orderId) {
}
