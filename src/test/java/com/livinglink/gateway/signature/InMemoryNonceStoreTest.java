package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.livinglink.gateway.support.MutableClock;
import org.junit.jupiter.api.Test;

/** A nonce is accepted once per app within the 15 minutes its timestamp can be accepted (contract section 7). */
class InMemoryNonceStoreTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:59.900Z"), ZoneOffset.UTC);
    final InMemoryNonceStore store = new InMemoryNonceStore(clock);

    @Test
    void aNonceIsAcceptedOnce() {
        assertThat(store.firstUse("demo", "n-1")).isTrue();
        assertThat(store.firstUse("demo", "n-1")).isFalse();
        assertThat(store.firstUse("demo", "n-2")).isTrue();
    }

    @Test
    void anotherAppMayUseTheSameNonce() {
        assertThat(store.firstUse("demo", "n-1")).isTrue();
        assertThat(store.firstUse("other", "n-1")).isTrue();
    }

    @Test
    void appKeyAndNonceDoNotRunIntoEachOther() {
        assertThat(store.firstUse("ab", "c")).isTrue();
        assertThat(store.firstUse("a", "bc")).isTrue();
    }

    @Test
    void aNonceIsRememberedForFifteenMinutesFromItsFirstUse() {
        store.firstUse("demo", "n-1");

        clock.advance(Duration.ofMinutes(15));
        assertThat(store.firstUse("demo", "n-1")).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(store.firstUse("demo", "n-1")).as("forgotten after 16 minutes").isTrue();
    }

    @Test
    void aNonceOfTheLastMomentOfAMinuteIsKeptForTheFifteenThatFollow() {
        clock.set(Instant.parse("2026-11-23T08:00:59.999Z"));
        store.firstUse("demo", "n-1");

        clock.set(Instant.parse("2026-11-23T08:15:59.998Z"));
        assertThat(store.firstUse("demo", "n-1")).isFalse();
    }

    @Test
    void settingTheClockBackForgetsNothing() {
        store.firstUse("demo", "n-1");

        clock.advance(Duration.ofHours(-3));
        assertThat(store.firstUse("demo", "n-1")).isFalse();
        clock.advance(Duration.ofHours(3).plusMinutes(14));
        assertThat(store.firstUse("demo", "n-1")).isFalse();
    }

    @Test
    void manyNoncesOverManyMinutesAreAllRemembered() {
        int perMinute = 20_000;
        for (int minute = 0; minute < 15; minute++) {
            for (int i = 0; i < perMinute; i++) {
                assertThat(store.firstUse("demo", minute + "-" + i)).isTrue();
            }
            clock.advance(Duration.ofMinutes(1));
        }
        for (int minute = 0; minute < 15; minute++) {
            for (int i = 0; i < perMinute; i += 97) {
                assertThat(store.firstUse("demo", minute + "-" + i)).as("nonce %s-%s", minute, i).isFalse();
            }
        }
    }

    @Test
    void ofConcurrentUsesOfOneNonceExactlyOneIsAccepted() throws Exception {
        int threads = 16;
        var executor = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                var nonce = "race-" + round;
                var start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(executor.submit(() -> {
                        start.await();
                        return store.firstUse("demo", nonce);
                    }));
                }
                start.countDown();
                int accepted = 0;
                for (var result : results) {
                    accepted += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(accepted).as("round %s", round).isEqualTo(1);
            }
        }
        finally {
            executor.shutdownNow();
        }
    }
}
