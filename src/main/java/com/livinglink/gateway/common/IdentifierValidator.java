package com.livinglink.gateway.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Identifier}: a too short or too long id is one violation, a forbidden character another. */
public class IdentifierValidator implements ConstraintValidator<Identifier, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        var problem = Identifiers.check(value);
        if (problem.isEmpty()) {
            return true;
        }
        if (problem.get() == Identifiers.Problem.WHITESPACE_OR_CONTROL) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{violation.id.characters}").addConstraintViolation();
        }
        return false;
    }
}
