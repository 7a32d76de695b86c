package com.livinglink.gateway.common;

import java.util.Optional;

/**
 * The contract's rule for identifiers ({@code iotId}, {@code orderId}): 1–64 characters, no whitespace
 * and no control characters. Characters are counted as Unicode code points.
 */
public final class Identifiers {

    public static final int MAX_LENGTH = 64;

    public enum Problem { LENGTH, WHITESPACE_OR_CONTROL }

    private Identifiers() {
    }

    public static Optional<Problem> check(String value) {
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        if (value.codePoints().anyMatch(Identifiers::isWhitespaceOrControl)) {
            return Optional.of(Problem.WHITESPACE_OR_CONTROL);
        }
        return Optional.empty();
    }

    public static String requireValid(String value, String name) {
        if (value == null || check(value).isPresent()) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_LENGTH
                    + " characters without whitespace or control characters");
        }
        return value;
    }

    private static boolean isWhitespaceOrControl(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
