package com.livinglink.gateway.admin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a JSON body an operator sent, in words that name the field ({@code match.orderid},
 * {@code copies}) and what it must be, never Jackson's class names or the parser's internals.
 */
public final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
    /** Where the parser was, which names its own internals and says nothing to an operator. */
    private static final Pattern LOCATION = Pattern.compile("\\s*\\(?(start marker )?at \\[Source:.*$", Pattern.DOTALL);
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class);

    private JsonProblems() {
    }

    /** The problem with a body that could not be read; {@code failure} is what reading it threw, if anything. */
    public static String describe(Throwable failure) {
        if (!(failure instanceof JacksonException unreadable)) {
            return "The request body is missing or is not JSON.";
        }
        var field = path(unreadable);
        var subject = field.isEmpty() ? "The body" : field;
        if (unreadable instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ", " (known: ", ")"));
            return subject + " is not a known field" + known + ".";
        }
        if (unreadable instanceof MismatchedInputException mismatched) {
            return subject + " must be " + kind(mismatched.getTargetType()) + ".";
        }
        if (unreadable instanceof InputCoercionException outOfRange) {
            return subject + " must be " + kind(outOfRange.getTargetType()) + " within its range.";
        }
        var duplicate = DUPLICATE.matcher(String.valueOf(unreadable.getOriginalMessage()));
        if (duplicate.matches()) {
            return duplicate.group(1) + " is given twice.";
        }
        if (!field.isEmpty()) {
            return field + " cannot be read: it is out of range or not of its type.";
        }
        return "The body is not valid JSON: "
                + LOCATION.matcher(String.valueOf(unreadable.getOriginalMessage())).replaceFirst("") + ".";
    }

    /** Where in the body: property names joined by dots, array positions in brackets ({@code [2].copies}). */
    static String path(JacksonException failure) {
        var path = new StringBuilder();
        for (var reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a decimal number (or one written as a string)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2024-01-01T00:00:00Z";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT1H";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
