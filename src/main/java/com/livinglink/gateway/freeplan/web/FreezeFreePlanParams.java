package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.device.IotId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of freecloudstorage/status/set (contract 11.13). */
@Schema(description = "freecloudstorage/status/set params (contract 11.13).")
record FreezeFreePlanParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId,
        @Schema(description = "2: freeze (冻结停用), the only status that can be set.", example = "2")
        @NotNull @Min(FROZEN) @Max(FROZEN) Integer status) {

    static final int FROZEN = 2;

    IotId device() {
        return new IotId(iotId);
    }
}
