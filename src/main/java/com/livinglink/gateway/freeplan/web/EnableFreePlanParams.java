package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.device.IotId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The params of freecloudstorage/enable. */
@Schema(description = "freecloudstorage/enable params (contract 11.12).")
record EnableFreePlanParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId) {

    IotId device() {
        return new IotId(iotId);
    }
}
