package com.livinglink.gateway.support;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Calls over HTTP released at one instant, one thread each, for the tests of a rate limit: calls made one
 * after another on a loaded machine may be spread over long enough for the allowance to refill between them,
 * while calls released together reach the gateway within a few milliseconds of each other.
 */
public final class Burst {

    private Burst() {
    }

    /** Makes {@code calls} calls at once ({@code call} gets each one's index) and answers them in that order. */
    public static List<ApiResult> of(int calls, IntFunction<ApiResult> call) {
        var startGate = new CyclicBarrier(calls);
        var pool = Executors.newFixedThreadPool(calls);
        try {
            var futures = new ArrayList<Future<ApiResult>>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    startGate.await(30, SECONDS);
                    return call.apply(index);
                }));
            }
            var results = new ArrayList<ApiResult>();
            for (var future : futures) {
                results.add(future.get(60, SECONDS));
            }
            return results;
        }
        catch (ExecutionException failed) {
            throw new IllegalStateException("a call of the burst failed", failed.getCause());
        }
        catch (TimeoutException | InterruptedException notAnswered) {
            if (notAnswered instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a call of the burst was not answered", notAnswered);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
