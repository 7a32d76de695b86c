package com.livinglink.gateway.commodity.web;

import java.util.List;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.commodity.CommodityCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code commodity/query}: lists every plan of the catalog, in configuration order (contract 11.3). */
@Configuration(proxyBeanMethods = false)
class QueryCommoditiesApi {

    @Bean
    ApiRoute<QueryCommoditiesParams, List<CommodityData>> queryCommodities(CommodityCatalog catalog) {
        return ApiRoute.post("/vision/customer/cloudstorage/commodity/query").id("commodity-query")
                .versions("1.0.0", "1.0.4")
                .params(QueryCommoditiesParams.class)
                .dataList(CommodityData.class)
                .handler((params, caller) -> catalog.all().stream().map(CommodityData::from).toList())
                .documented(ApiDocs.named("QueryCommodities")
                        .summary("List the cloud-storage plans")
                        .description("""
                                Lists every plan of the catalog, purchasable or not, in the configuration's order; \
                                `data` is a JSON array. There are no params (unknown keys, such as an `iotId`, are \
                                ignored). An `iotToken` that is sent is verified (401), but no device rule applies.""")
                        .seedError(ResultCode.REQUEST_FORBIDDEN)
                        .parameterViolation(new Detail("violation.string", "iotId")));
    }
}
