package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.Race;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrent claims of one device's free plan (contract 11.11): each identity wins once at most and the
 * quota never goes below zero. A lock that times out under this load would surface here as an exception
 * other than a {@link DomainFailure}.
 */
@ServiceTest
abstract class FreePlanClaimConcurrencyTest {

    static final int THREADS = 32;

    @Autowired
    FreePlanService freePlans;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    /** The test classes whose context is warm: H2 and PostgreSQL each have their own. */
    private static final Set<Class<?>> WARM = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void now() throws Exception {
        clock.set(Instant.parse("2024-05-01T08:00:00Z"));
        warmUp();
    }

    /**
     * The first race of a context also opens the pool's connections and runs every statement for the first
     * time; on a loaded machine that alone can outlast the bounded waits for a connection and a lock, which
     * is no answer to what the tests ask. One race on a device of its own, whatever its outcome, does that.
     */
    private void warmUp() throws Exception {
        if (WARM.add(getClass())) {
            var device = fixtures.device("admin-warm-up");
            raceIgnoringFaults(IntStream.range(0, THREADS).mapToObj(i -> claim(device, 1)).toList());
        }
    }

    @Test
    void ofConcurrentClaimsOfOneAdministratorExactlyOneWins() throws Exception {
        var device = fixtures.device("admin-a");

        var results = Race.codes(IntStream.range(0, THREADS).mapToObj(i -> claim(device, 1)).toList());

        assertThat(counted(results)).containsOnly(entry(ResultCode.SUCCESS, 1L),
                entry(ResultCode.FREE_STORAGE_ALREADY_CLAIMED, (long) THREADS - 1));
        var stored = freePlans.find(device).orElseThrow();
        assertThat(stored.claims()).hasSize(1);
        assertThat(stored.remainQuota()).isEqualTo(2);
    }

    @Test
    void concurrentClaimsOfTheWholeQuotaLeaveItAtZero() throws Exception {
        var device = fixtures.device("admin-a");

        var results = Race.codes(IntStream.range(0, THREADS).mapToObj(i -> claim(device, 3)).toList());

        assertThat(counted(results)).containsOnly(entry(ResultCode.SUCCESS, 1L),
                entry(ResultCode.FREE_STORAGE_ALREADY_CLAIMED, (long) THREADS - 1));
        assertThat(freePlans.find(device).orElseThrow().remainQuota()).isZero();
    }

    @Test
    void claimsRacingTheOperatorsQuotaChangesNeverTakeMoreThanIsLeft() throws Exception {
        var device = fixtures.device("admin-a");
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(i % 2 == 0 ? claim(device, 2) : () -> freePlans.changeRemainQuota(device, 1));
        }

        var results = Race.codes(tasks);

        // A claim of 2 wins only before any change to 1, and takes the quota from 3 to 1: either way 1 is left.
        var stored = freePlans.find(device).orElseThrow();
        var claimResults = IntStream.range(0, THREADS).filter(i -> i % 2 == 0).mapToObj(results::get).toList();
        assertThat(stored.remainQuota()).isEqualTo(1);
        assertThat(stored.claims()).hasSizeLessThanOrEqualTo(1);
        assertThat(claimResults).isSubsetOf(ResultCode.SUCCESS, ResultCode.FREE_STORAGE_ALREADY_CLAIMED,
                ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT);
        assertThat(claimResults.stream().filter(ResultCode.SUCCESS::equals).count())
                .isEqualTo(stored.claims().size());
    }

    private Runnable claim(IotId device, int quota) {
        return () -> freePlans.claim(new FreeClaimRequest(device, quota, false, RecordingSettings.defaults()),
                Optional.empty(), Function.identity());
    }

    private static Map<ResultCode, Long> counted(List<ResultCode> results) {
        return results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static void raceIgnoringFaults(List<Runnable> tasks) throws Exception {
        Race.codes(tasks.stream().<Runnable>map(task -> () -> {
            try {
                task.run();
            }
            catch (RuntimeException ignored) {
                // the warm-up's outcome does not matter
            }
        }).toList());
    }
}
