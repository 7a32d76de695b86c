package com.livinglink.gateway.order.web;

import com.livinglink.gateway.common.Identifier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The params of {@code order/get} (contract section 4). */
@Schema(description = "order/get params (contract section 4).")
record GetOrderParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dK****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The order's id.", example = "20200731124115****")
        @NotNull @Identifier String orderId,
        @Schema(description = "The device has no administrator: with an iotToken, the order's own identity may "
                + "then read it.", defaultValue = "false")
        boolean deviceNoOwner) {
}
