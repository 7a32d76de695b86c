package com.livinglink.gateway.order.web;

import com.livinglink.gateway.common.Identifier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of {@code order/query} (contract 11.6). */
@Schema(description = "order/query params (contract 11.6).")
record QueryOrdersParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dK****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The page, 0-based.", defaultValue = "0")
        @Min(0) int pageNo,
        @Schema(description = "Orders per page.", defaultValue = "" + QueryOrdersParams.DEFAULT_PAGE_SIZE)
        @Min(1) @Max(QueryOrdersParams.MAX_PAGE_SIZE) int pageSize,
        @Schema(description = "The device has no administrator: with an iotToken, only the orders bound for its "
                + "identity are listed.", defaultValue = "false")
        boolean deviceNoOwner) {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 50;
}
