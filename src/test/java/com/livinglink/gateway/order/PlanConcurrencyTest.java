package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.Race;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrent changes of one order (contract 11.9 rule 3): of concurrent transfers exactly one wins and the
 * others find the order gone from the source (29600); a transfer racing a freeze either moves the order
 * unfrozen or leaves it frozen where it was, never half of each. A call that waits too long for a pooled
 * connection or the row lock is retried as a client retries a 503 ({@link Race#codes(List, int)}); any other
 * failure would surface here as an exception other than a {@link DomainFailure}.
 */
@ServiceTest
abstract class PlanConcurrencyTest {

    static final int THREADS = 32;
    static final int MAX_ATTEMPTS = 10;
    static final Instant NOW = Instant.parse("2024-05-10T00:00:00Z");
    static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

    @Autowired
    PlanService plans;

    @Autowired
    OrderService orders;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.set(NOW);
    }

    @Test
    void ofConcurrentTransfersOfOneOrderExactlyOneWins() throws Exception {
        var source = fixtures.device("admin-a");
        var order = fixtures.planFrom(source, "admin-a", START, 1);
        var destinations = IntStream.range(0, THREADS).mapToObj(i -> fixtures.device("admin-a")).toList();

        var results = Race.codes(destinations.stream().map(destination -> transfer(source, order, destination)).toList(),
                MAX_ATTEMPTS);

        assertThat(results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .containsOnly(entry(ResultCode.SUCCESS, 1L), entry(ResultCode.ORDER_NOT_EXIST, (long) THREADS - 1));
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(destinations.get(results.indexOf(ResultCode.SUCCESS)));
        assertThat(stored.startTime()).isEqualTo(NOW);
        assertThat(Duration.between(stored.startTime(), stored.endTime()))
                .isEqualTo(Duration.between(NOW, Instant.parse("2024-06-01T00:00:00Z")));
    }

    @RepeatedTest(8)
    void aTransferRacingAFreezeEitherMovesTheOrderOrFreezesItWhereItIs() throws Exception {
        var source = fixtures.device("admin-a");
        var destination = fixtures.device("admin-a");
        var order = fixtures.planFrom(source, "admin-a", START, 1);

        var results = Race.codes(List.of(transfer(source, order, destination),
                () -> plans.freeze(source, order, Optional.empty(), false, Function.identity())), MAX_ATTEMPTS);

        var stored = orders.find(order).orElseThrow();
        if (results.get(0) == ResultCode.SUCCESS) {
            assertThat(results.get(1)).isEqualTo(ResultCode.ORDER_NOT_EXIST);
            assertThat(stored.iotId()).contains(destination);
            assertThat(stored.frozen()).isFalse();
            assertThat(stored.startTime()).isEqualTo(NOW);
        }
        else {
            assertThat(results).containsExactly(ResultCode.ORDER_FROZEN, ResultCode.SUCCESS);
            assertThat(stored.iotId()).contains(source);
            assertThat(stored.frozen()).isTrue();
            assertThat(stored.startTime()).isEqualTo(START);
        }
    }

    private Runnable transfer(IotId source, OrderId order, IotId destination) {
        return () -> plans.transfer(new OrderTransfer(source, order, destination, true, false, false, 5, 10, false,
                null, null), Optional.empty(), Function.identity());
    }
}
