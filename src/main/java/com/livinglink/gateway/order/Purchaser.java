package com.livinglink.gateway.order;

/**
 * Who bought the package, as the client names them: stored and returned exactly as given, never
 * interpreted.
 */
public record Purchaser(String userName, String userId) {

    public static final int MAX_LENGTH = 128;
}
