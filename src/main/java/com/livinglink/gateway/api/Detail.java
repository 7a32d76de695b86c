package com.livinglink.gateway.api;

import java.util.Arrays;

/**
 * One localizable piece of an error message: a key of the {@code messages} bundles and its arguments.
 * A parameter violation is a detail whose first argument is the field name.
 */
public record Detail(String key, Object... args) {

    public Detail {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Detail that && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
