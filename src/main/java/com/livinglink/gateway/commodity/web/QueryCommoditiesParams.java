package com.livinglink.gateway.commodity.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The params of {@code commodity/query} (contract 11.3): none; whatever a client sends is ignored. */
@Schema(description = "commodity/query params (contract 11.3): none; unknown keys (a client may send iotId) are "
        + "ignored.")
record QueryCommoditiesParams() {
}
