package com.livinglink.gateway.order.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform's pages contradict themselves, which reading the gateway answers with.
 *
 * @param planTimeFormat the shape of commodity/enable's and transfer's {@code data}: {@code epoch} (default)
 *     writes {@code startTime}/{@code endTime} as epoch milliseconds and appends
 *     {@code startTimeStr}/{@code endTimeStr}, as the platform's success example does; {@code string} writes them as
 *     {@code yyyy-MM-dd HH:mm:ss} text without the {@code *Str} keys, as the platform's field table does
 */
@ConfigurationProperties("gateway.compat")
public record CompatProperties(@DefaultValue("epoch") PlanTimeFormat planTimeFormat) {
}
