package com.livinglink.gateway.order.web;

/** How commodity/enable and transfer write {@code startTime}/{@code endTime} (contract 11.7, 11.18 item 1). */
public enum PlanTimeFormat {

    /** As the platform's own success example: epoch milliseconds, plus {@code startTimeStr}/{@code endTimeStr}. */
    EPOCH,

    /** As the platform's field table: {@code yyyy-MM-dd HH:mm:ss} text, no {@code *Str} keys. */
    STRING
}
