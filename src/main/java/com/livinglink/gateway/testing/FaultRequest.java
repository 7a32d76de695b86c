package com.livinglink.gateway.testing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /admin/test/faults}: at least a code or a delay.
 *
 * @param api an API's id ({@code bind-order}, {@code get-order}, …) or {@code *} for every API
 * @param match only calls whose params carry this iotId and/or orderId; absent: every call of the API
 * @param code the contract code to answer (section 6 or 11), as the API's own refusal would
 * @param delayMs how long to hold the call first (a slow way to the platform: the call's budget starts after
 *     it), at most {@value Faults#MAX_DELAY_MS} ms
 * @param times how many calls it acts on, then it is gone; absent: until removed
 * @param probability the chance it acts on a matching call; absent: 1
 */
record FaultRequest(
        @NotBlank String api,
        Fault.FaultMatch match,
        Integer code,
        @Min(0) @Max(Faults.MAX_DELAY_MS) Integer delayMs,
        @Min(1) Integer times,
        @DecimalMin("0") @DecimalMax("1") Double probability) {
}
