package com.livinglink.gateway.commodity.web;

import com.livinglink.gateway.commodity.Commodity;

import io.swagger.v3.oas.annotations.media.Schema;

/** One plan of {@code commodity/query}'s {@code data} array: exactly these keys, in this order. */
@Schema(description = "One cloud-storage plan of the catalog, exactly these keys in this order.")
public record CommodityData(
        @Schema(description = "The plan's name, e.g. 事件型7天.") String commodityName,
        @Schema(description = "The plan's code, e.g. ilopLVCloudResource.") String commodityCode,
        @Schema(description = "The plan's specification, e.g. eventResource_7.") String specification,
        @Schema(description = "1 continuous; 2 event.") int recordType,
        @Schema(description = "Price of one copy in yuan, as decimal text, e.g. \"1.0\".") String price,
        @Schema(description = "Days of rolling storage.") int lifecycle,
        @Schema(description = "Months of service one copy gives.") int months) {

    static CommodityData from(Commodity commodity) {
        return new CommodityData(commodity.name(), commodity.code(), commodity.specification(),
                commodity.recordType(), commodity.pricePerCopy().toPlainString(), commodity.lifecycleDays(),
                commodity.monthsPerCopy());
    }
}
