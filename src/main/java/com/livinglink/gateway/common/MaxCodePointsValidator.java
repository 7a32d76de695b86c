package com.livinglink.gateway.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxCodePoints}. */
public class MaxCodePointsValidator implements ConstraintValidator<MaxCodePoints, String> {

    private int max;

    @Override
    public void initialize(MaxCodePoints constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePointCount(0, value.length()) <= max;
    }
}
