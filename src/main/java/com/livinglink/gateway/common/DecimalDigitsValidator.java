package com.livinglink.gateway.common;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DecimalDigits}, counting in {@code long} so that no exponent overflows the count. */
public class DecimalDigitsValidator implements ConstraintValidator<DecimalDigits, BigDecimal> {

    private int integer;
    private int fraction;

    @Override
    public void initialize(DecimalDigits constraint) {
        integer = constraint.integer();
        fraction = constraint.fraction();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || fits(value, integer, fraction);
    }

    /** Whether {@code value} has at most that many integer and fraction digits, trailing zeros not counted. */
    public static boolean fits(BigDecimal value, int integer, int fraction) {
        BigDecimal significant;
        try {
            significant = value.stripTrailingZeros();
        }
        catch (ArithmeticException scaleOutOfRange) {
            // Stripping would push the exponent past what a BigDecimal holds: far more digits than any bound.
            return false;
        }
        long integerDigits = (long) significant.precision() - significant.scale();
        long fractionDigits = Math.max(0, significant.scale());
        return integerDigits <= integer && fractionDigits <= fraction;
    }
}
