package com.livinglink.gateway.order.web;

import com.livinglink.gateway.order.OrderStatus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FreezeStatus}. */
public class FreezeStatusValidator implements ConstraintValidator<FreezeStatus, Integer> {

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
        return value == null || value == OrderStatus.FROZEN.code();
    }
}
