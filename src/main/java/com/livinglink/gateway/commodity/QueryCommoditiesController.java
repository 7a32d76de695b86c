package com.livinglink.gateway.commodity;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiRequest;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiResponses;
import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code commodity/query}: lists every plan of the catalog, in configuration order (contract 11.3). */
@RestController
class QueryCommoditiesController {

    private final CommodityCatalog catalog;
    private final IotTokens iotTokens;
    private final ApiResponses responses;

    QueryCommoditiesController(CommodityCatalog catalog, IotTokens iotTokens, ApiResponses responses) {
        this.catalog = catalog;
        this.iotTokens = iotTokens;
        this.responses = responses;
    }

    @PostMapping(ApiEndpoint.Paths.COMMODITY_QUERY)
    ResponseEntity<ApiResponse> query(
            @ApiCall(ApiEndpoint.COMMODITY_QUERY) ApiRequest<QueryCommoditiesParams> request,
            HttpServletRequest http) {
        // No device rule applies, but a token that is sent must still be valid (401 otherwise).
        iotTokens.callerOf(request.iotToken());
        return responses.ok(http, catalog.all().stream().map(CommodityData::from).toList());
    }
}
