package com.livinglink.gateway.order.web;

import com.livinglink.gateway.order.OrderPage;

import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of {@code order/query}: exactly these keys, in this order. */
@Schema(description = "One page of the device's orders, exactly these keys in this order.")
public record OrderQueryData(
        @Schema(description = "The page, 0-based, as asked for.") int pageNo,
        @Schema(description = "The page size used.") int pageSize,
        @Schema(description = "Pages in all: ceil(total / pageSize), 0 when there are no orders.") int pageCount,
        @Schema(description = "Orders in all pages.") int total,
        @ArraySchema(arraySchema = @Schema(description = "The page's orders, newest startTime first, then by "
                + "orderId; each with exactly order/get's keys."))
        List<OrderData> orderList) {

    static OrderQueryData from(OrderPage page, ZoneId serviceZone) {
        return new OrderQueryData(page.pageNo(), page.pageSize(), Math.toIntExact(page.pageCount()),
                Math.toIntExact(page.total()),
                page.orders().stream().map(order -> OrderData.from(order, serviceZone)).toList());
    }
}
