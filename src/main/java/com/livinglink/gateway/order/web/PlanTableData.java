package com.livinglink.gateway.order.web;

import com.livinglink.gateway.order.OrderDetails;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The {@code data} of commodity/enable and transfer in the platform's table shape (contract 11.7, with
 * {@code gateway.compat.plan-time-format=string}): exactly these keys, in this order.
 */
@Schema(description = "The order after the call, as the platform's field table lists it.")
public record PlanTableData(
        @Schema(description = "The order's id.") String orderId,
        @Schema(description = "The package's code, e.g. ilopLVCloudResource.") String commodityCode,
        @Schema(description = "The package's specification, e.g. eventResource_7.") String specification,
        @Schema(description = "Quantity bought.") Integer copies,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String startTime,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone (gateway.zone).") String endTime,
        @Schema(description = "0 not expired; 1 expired; 2 frozen.") Integer expired,
        @Schema(description = "0 unpaid; 1 paid; 2 paying.") Integer paymentStatus,
        @Schema(description = "Price as decimal text, e.g. \"1.0\".") String price,
        @Schema(description = "1 continuous; 2 event (the recordType).") Integer commodityType,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String startTimeUTC,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String endTimeUTC) {

    static PlanTableData from(OrderDetails order, ZoneId serviceZone) {
        return new PlanTableData(order.orderId().value(), order.commodityCode(), order.specification(),
                order.copies(), PlanTimes.local(order.startTime(), serviceZone),
                PlanTimes.local(order.endTime(), serviceZone), PlanTimes.expired(order), order.paymentStatus().code(),
                order.price(), order.recordType(), PlanTimes.utc(order.startTime()), PlanTimes.utc(order.endTime()));
    }
}
