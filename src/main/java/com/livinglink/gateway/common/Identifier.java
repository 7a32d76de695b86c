package com.livinglink.gateway.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An identifier as the contract defines it ({@link Identifiers}): 1–64 code points, no whitespace, control or
 * format characters. {@code null} is valid: whether the value is required is {@code @NotNull}'s business.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentifierValidator.class)
public @interface Identifier {

    String message() default "{violation.id.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
