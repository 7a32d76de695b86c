package com.livinglink.gateway.envelope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.livinglink.gateway.common.Identifiers;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code params} of an envelope as the platform reads them: an Int is a JSON integer or a string
 * of digits, a Boolean is {@code true}/{@code false} or {@code "true"}/{@code "false"}, {@code null} is
 * absent. Every violation is collected so that {@link #validate()} reports all of them together; a read
 * that failed returns the default (or {@code null}) so that reading can go on.
 */
public final class Params {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d+");

    private final JsonNode params;
    private final List<Detail> violations = new ArrayList<>();

    Params(JsonNode params) {
        this.params = params;
    }

    /** A required identifier: 1–64 characters, no whitespace or control characters. */
    public String requiredId(String name) {
        var value = params.get(name);
        if (value == null || value.isNull()) {
            violation("violation.required", name);
            return null;
        }
        if (!value.isString()) {
            violation("violation.string", name);
            return null;
        }
        var text = value.stringValue();
        Identifiers.check(text).ifPresent(problem -> violation(switch (problem) {
            case LENGTH -> "violation.id.length";
            case WHITESPACE_OR_CONTROL -> "violation.id.characters";
        }, name, String.valueOf(Identifiers.MAX_LENGTH)));
        return text;
    }

    /** An optional string of at most {@code maxLength} characters, kept exactly as given. */
    public String optionalText(String name, int maxLength) {
        var value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            violation("violation.string", name);
            return null;
        }
        var text = value.stringValue();
        if (text.codePointCount(0, text.length()) > maxLength) {
            violation("violation.text.length", name, String.valueOf(maxLength));
        }
        return text;
    }

    public int optionalInt(String name, int min, int max, int defaultValue) {
        var value = params.get(name);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        BigInteger number;
        if (value.isIntegralNumber()) {
            number = value.bigIntegerValue();
        }
        else if (value.isString() && INTEGER_TEXT.matcher(value.stringValue()).matches()) {
            number = new BigInteger(value.stringValue());
        }
        else {
            violation("violation.integer", name);
            return defaultValue;
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            violation("violation.range", name, String.valueOf(min), String.valueOf(max));
            return defaultValue;
        }
        return number.intValueExact();
    }

    public boolean optionalBoolean(String name, boolean defaultValue) {
        var value = params.get(name);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && ("true".equals(value.stringValue()) || "false".equals(value.stringValue()))) {
            return Boolean.parseBoolean(value.stringValue());
        }
        violation("violation.boolean", name);
        return defaultValue;
    }

    /** Throws a parameter error (460) listing every violation found so far, if there is any. */
    public void validate() {
        if (!violations.isEmpty()) {
            throw GatewayException.invalidParameters(violations);
        }
    }

    private void violation(String key, Object... args) {
        violations.add(new Detail(key, args));
    }
}
