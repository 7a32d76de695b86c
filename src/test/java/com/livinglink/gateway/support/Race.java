package com.livinglink.gateway.support;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import com.livinglink.gateway.api.DomainFailureCodes;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.failure.DomainFailure;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Concurrent calls of the domain, started at one instant, for the tests that race them. */
public final class Race {

    private Race() {
    }

    /** Starts all calls at once and answers, in their order, the code each ended with. */
    public static List<ResultCode> codes(List<Runnable> calls) throws Exception {
        return codes(calls, 1);
    }

    /**
     * As {@link #codes(List)}, but a call that waited too long, for a free pooled connection or for a row lock
     * another call held (H2's lock timeout, PostgreSQL's statement timeout: the gateway's 503, which a client
     * retries), is tried again, up to {@code attempts} times in all. How long the calls wait depends on the
     * machine's load; what they end with does not.
     */
    public static List<ResultCode> codes(List<Runnable> calls, int attempts) throws Exception {
        var startGate = new CyclicBarrier(calls.size());
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = calls.stream().map(call -> pool.submit(() -> {
                startGate.await(30, SECONDS);
                for (int attempt = 1; ; attempt++) {
                    try {
                        call.run();
                        return ResultCode.SUCCESS;
                    }
                    catch (DomainFailure refused) {
                        return DomainFailureCodes.codeOf(refused);
                    }
                    catch (CannotCreateTransactionException | CannotAcquireLockException | QueryTimeoutException busy) {
                        if (attempt >= attempts) {
                            throw busy;
                        }
                    }
                }
            })).toList();
            var results = new ArrayList<ResultCode>();
            for (var future : futures) {
                results.add(future.get(60, SECONDS));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
            pool.awaitTermination(30, SECONDS);
        }
    }
}
