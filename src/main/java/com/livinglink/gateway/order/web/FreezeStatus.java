package com.livinglink.gateway.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * status/set's {@code status}: 2 (frozen), the only status a client may set (contract 11.8, 11.17 item 6).
 * {@code null} is valid (whether it is required is {@code @NotNull}'s rule).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FreezeStatusValidator.class)
@interface FreezeStatus {

    String message() default "{violation.status.freeze}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
