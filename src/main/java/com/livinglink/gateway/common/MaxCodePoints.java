package com.livinglink.gateway.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text of at most {@link #value()} characters as the user sees them: Unicode code points, not the UTF-16
 * units {@code @Size} counts (an emoji is one character, not two). {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxCodePointsValidator.class)
public @interface MaxCodePoints {

    int value();

    String message() default "{violation.text.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
