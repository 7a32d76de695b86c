package com.livinglink.gateway.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ParamsBinder;
import jakarta.validation.Validation;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * An API's {@code params} bound to its params record as the gateway binds them ({@link ParamsBinder}: the
 * platform's reading of types, then Bean Validation), without a server: for the unit tests of each API's params
 * record, which sit beside the record in its module's {@code web} package. A binding is a value: {@link #with}
 * and {@link #without} give a new one, so that a test class can hold its valid params as a constant. A refusal
 * is read as a client reads it, each violation in English from the shipped messages.
 */
public final class ParamsBinding<P extends Record> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ParamsBinder BINDER =
            new ParamsBinder(Validation.buildDefaultValidatorFactory().getValidator());
    private static final MessageSource MESSAGES = ShippedConfiguration.messages();

    private final Class<P> type;
    private final Map<String, Object> params;

    private ParamsBinding(Class<P> type, Map<String, Object> params) {
        this.type = type;
        this.params = params;
    }

    /** The params of {@code type} with these values, as name, value, name, value… (a JSON value each). */
    public static <P extends Record> ParamsBinding<P> of(Class<P> type, Object... namesAndValues) {
        var binding = new ParamsBinding<>(type, new LinkedHashMap<>());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            binding.params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return binding;
    }

    /** These params with {@code name} set to {@code value} (null sends JSON {@code null}). */
    public ParamsBinding<P> with(String name, Object value) {
        var changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return new ParamsBinding<>(type, changed);
    }

    /** These params with {@code name} set to the JSON value written as {@code json}: {@code "\"5\""}, {@code "5.0"}. */
    public ParamsBinding<P> withJson(String name, String json) {
        return with(name, JSON.readTree(json));
    }

    /** These params without {@code names}. */
    public ParamsBinding<P> without(String... names) {
        var changed = new LinkedHashMap<>(params);
        Arrays.stream(names).forEach(changed::remove);
        return new ParamsBinding<>(type, changed);
    }

    /** The params record the API's handler gets; fails naming the violations if the params are refused. */
    public P bound() {
        try {
            return bind();
        }
        catch (GatewayException refused) {
            throw new AssertionError("params " + params + " refused: " + english(refused.details()));
        }
    }

    /** What a 460 says is wrong with these params, a violation each, in order; empty if they are bound. */
    public List<String> violations() {
        try {
            bind();
            return List.of();
        }
        catch (GatewayException refused) {
            return english(refused.details());
        }
    }

    private P bind() {
        return BINDER.bind(JSON.valueToTree(params), type);
    }

    private static List<String> english(List<Detail> details) {
        return details.stream().map(detail -> MESSAGES.getMessage(detail.key(), detail.args(), Locale.US)).toList();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + params;
    }
}
