package com.livinglink.gateway.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.common.MaxCodePoints;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Binds an envelope's {@code params} to an API's params record and validates it, so that the API handler gets
 * a valid record or the request is answered 460 (contract sections 2–3). Each component is read by its JSON
 * name as the platform reads types: an Int is a JSON integer or a string of digits, a Boolean
 * {@code true}/{@code false} or those words as strings, a String a JSON string; {@code null} is absent, and an
 * absent value takes the component's {@code @Schema(defaultValue)}. Then the record's Bean Validation
 * constraints are checked. A field's type error and other fields' rule violations are reported together, in
 * the record's component order, one per field, as {@link Detail}s whose key is the constraint's message
 * template ({@code {violation.range}}) or, for the standard constraints, the bundle's key for their rule.
 */
@Component
public class ParamsBinder {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d+");
    private static final Map<Class<?>, String> STANDARD_KEYS = Map.of(NotNull.class, "violation.required",
            Min.class, "violation.range", Max.class, "violation.range");

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Validator validator;

    public ParamsBinder(Validator validator) {
        this.validator = validator;
    }

    public <P extends Record> P bind(JsonNode params, Class<P> type) {
        var shape = SHAPES.get(type);
        var components = shape.components();
        var values = new Object[components.length];
        var violations = new LinkedHashMap<String, Detail>();
        for (int i = 0; i < components.length; i++) {
            var component = components[i];
            try {
                var value = params.get(component.getName());
                values[i] = read(value == null || value.isNull() ? shape.defaults()[i] : value, component);
            }
            catch (TypeViolation violation) {
                violations.put(component.getName(), violation.detail);
                values[i] = placeholder(component.getType());
            }
        }
        var bound = type.cast(shape.construct(values));
        validator.validate(bound).stream()
                .sorted(Comparator.comparing((ConstraintViolation<P> violation) -> violation.getMessageTemplate()))
                .forEach(violation -> {
                    var name = violation.getPropertyPath().toString();
                    violations.putIfAbsent(name, detail(name, component(components, name), violation));
                });
        if (!violations.isEmpty()) {
            var names = Arrays.stream(components).map(RecordComponent::getName).toList();
            throw GatewayException.invalidParameters(violations.entrySet().stream()
                    .sorted(Comparator.comparingInt(entry -> names.indexOf(entry.getKey())))
                    .map(Map.Entry::getValue).toList());
        }
        return bound;
    }

    /** Reads a value the client sent, or the component's default in its place (null if it has none). */
    private static Object read(JsonNode value, RecordComponent component) {
        var name = component.getName();
        if (value == null) {
            if (component.getType().isPrimitive()) {
                throw new IllegalStateException(name + " is a primitive without @Schema(defaultValue)");
            }
            return null;
        }
        var type = component.getType();
        if (type == String.class) {
            if (!value.isString()) {
                throw new TypeViolation(new Detail("violation.string", name));
            }
            return value.stringValue();
        }
        if (type == Integer.class || type == int.class) {
            return readInt(value, component);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            if (value.isString() && ("true".equals(value.stringValue()) || "false".equals(value.stringValue()))) {
                return Boolean.parseBoolean(value.stringValue());
            }
            throw new TypeViolation(new Detail("violation.boolean", name));
        }
        throw new IllegalStateException(name + ": params of type " + type.getName() + " are not read");
    }

    private static int readInt(JsonNode value, RecordComponent component) {
        BigInteger number;
        if (value.isIntegralNumber()) {
            number = value.bigIntegerValue();
        }
        else if (value.isString() && INTEGER_TEXT.matcher(value.stringValue()).matches()) {
            number = new BigInteger(value.stringValue());
        }
        else {
            throw new TypeViolation(new Detail("violation.integer", component.getName()));
        }
        if (number.bitLength() >= Integer.SIZE) {
            // Beyond Int, but a number all the same: it breaks the field's range, whatever that is.
            throw new TypeViolation(range(component));
        }
        return number.intValueExact();
    }

    private static Object placeholder(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }

    private static RecordComponent component(RecordComponent[] components, String name) {
        return Arrays.stream(components).filter(component -> component.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The bundle key of the rule and its arguments: the field first, then what the message names. */
    private static Detail detail(String name, RecordComponent component, ConstraintViolation<?> violation) {
        var constraint = violation.getConstraintDescriptor().getAnnotation();
        var key = STANDARD_KEYS.get(constraint.annotationType());
        if ("violation.range".equals(key)) {
            return range(component);
        }
        if (key == null) {
            var template = violation.getMessageTemplate();
            key = template.substring(1, template.length() - 1);
        }
        List<Object> args = new ArrayList<>(List.of(name));
        if (constraint instanceof Identifier) {
            args.add(String.valueOf(Identifiers.MAX_LENGTH));
        }
        else if (constraint instanceof MaxCodePoints text) {
            args.add(String.valueOf(text.value()));
        }
        return new Detail(key, args.toArray());
    }

    /** The range violation names the whole range, whichever of its ends was crossed. */
    private static Detail range(RecordComponent component) {
        var field = component.getAccessor();
        var min = field.getAnnotation(Min.class);
        var max = field.getAnnotation(Max.class);
        return new Detail("violation.range", component.getName(),
                String.valueOf(min == null ? Integer.MIN_VALUE : min.value()),
                String.valueOf(max == null ? Integer.MAX_VALUE : max.value()));
    }

    /**
     * What binding needs of a params record, found once a type rather than by reflection on every request:
     * its components, their documented defaults and its canonical constructor.
     */
    private record Shape(RecordComponent[] components, JsonNode[] defaults, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalStateException(type.getName() + " is not a params record");
            }
            var components = type.getRecordComponents();
            var defaults = new JsonNode[components.length];
            for (int i = 0; i < components.length; i++) {
                var schema = components[i].getAccessor().getAnnotation(Schema.class);
                if (schema != null && !schema.defaultValue().isEmpty()) {
                    // The documented default is read as a client's string would be: one rule for both.
                    defaults[i] = JsonNodeFactory.instance.stringNode(schema.defaultValue());
                }
            }
            try {
                var constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new Shape(components, defaults, constructor);
            }
            catch (ReflectiveOperationException failure) {
                throw new IllegalStateException(type.getName() + " is not a params record", failure);
            }
        }

        Object construct(Object[] values) {
            try {
                return constructor.newInstance(values);
            }
            catch (InvocationTargetException failure) {
                throw new IllegalStateException(constructor.getDeclaringClass().getName() + " refused its params",
                        failure.getCause());
            }
            catch (ReflectiveOperationException failure) {
                throw new IllegalStateException(constructor.getDeclaringClass().getName() + " is not a params record",
                        failure);
            }
        }
    }

    /** A value the field's type cannot hold: reported instead of the field's constraints. */
    private static final class TypeViolation extends RuntimeException {

        private final transient Detail detail;

        TypeViolation(Detail detail) {
            super(null, null, false, false);
            this.detail = detail;
        }
    }
}
