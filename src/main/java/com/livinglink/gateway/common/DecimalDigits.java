package com.livinglink.gateway.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A decimal whose value has at most {@link #integer()} digits before the point and {@link #fraction()} after
 * it, trailing zeros not counted ({@code 1.00000} is 1). Unlike {@code @Digits} it holds for any exponent:
 * {@code 9e2147483647} is refused rather than overflowing the count into a pass. {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DecimalDigitsValidator.class)
public @interface DecimalDigits {

    int integer();

    int fraction();

    String message() default "must have at most {integer} integer digits and {fraction} fraction digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
