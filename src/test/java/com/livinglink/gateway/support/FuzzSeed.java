package com.livinglink.gateway.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed of a seeded random (fuzz) test: the system property {@value #PROPERTY} when it is given, so that a
 * failure can be replayed ({@code ./mvnw test -Dtest=ApiFuzzTest -Dfuzz.seed=42}), else a fresh one each run,
 * so that runs keep exploring.
 */
public final class FuzzSeed {

    public static final String PROPERTY = "fuzz.seed";

    private FuzzSeed() {
    }

    /**
     * The seed for this run of {@code test}. It is printed as well as put in the failure messages, so that a
     * failure that has no message of the test's own (an unexpected exception) can be replayed too.
     */
    public static long of(Class<?> test) {
        var given = System.getProperty(PROPERTY, "").strip();
        long seed = given.isEmpty() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(given);
        System.out.printf("%s: -D%s=%d%n", test.getSimpleName(), PROPERTY, seed);
        return seed;
    }
}
