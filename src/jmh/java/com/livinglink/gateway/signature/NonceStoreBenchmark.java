package com.livinglink.gateway.signature;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory nonce store under the load it sees: a fresh nonce on every request, from several threads,
 * into a store that already holds a million nonces (a few minutes of traffic).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(2)
public class NonceStoreBenchmark {

    private static final int HELD = 1_000_000;

    private InMemoryNonceStore store;

    @Setup
    public void setUp() {
        store = new InMemoryNonceStore(Clock.systemUTC());
        for (int i = 0; i < HELD; i++) {
            store.firstUse("bench", UUID.randomUUID().toString());
        }
    }

    /** A random 36-character nonce, as long as a UUID; making it (about 50 ns) is part of the figure. */
    @Benchmark
    public boolean firstUseOfAFreshNonce() {
        var random = ThreadLocalRandom.current();
        return store.firstUse("bench", new UUID(random.nextLong(), random.nextLong()).toString());
    }
}
