package com.livinglink.gateway.api;

/**
 * The response envelope: always these five keys, in this order, {@code null} where there is nothing.
 */
public record ApiResponse(String id, int code, String message, String localizedMsg, Object data) {
}
