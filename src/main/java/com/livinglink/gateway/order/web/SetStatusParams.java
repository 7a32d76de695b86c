package com.livinglink.gateway.order.web;

import com.livinglink.gateway.common.Identifier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The params of {@code status/set} (contract 11.8). */
@Schema(description = "status/set params (contract 11.8).")
record SetStatusParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The order's id.", example = "20221013000000000003")
        @NotNull @Identifier String orderId,
        @Schema(description = "The status to set: 2 (frozen, stops the service), the only one supported.",
                example = "2")
        @NotNull @FreezeStatus Integer status,
        @Schema(description = "The device was unbound from its user: true lets the order's own identity freeze an "
                + "order bought earlier; false requires the device's administrator to be the order's identity.",
                defaultValue = "false")
        boolean deviceNoOwner) {
}
