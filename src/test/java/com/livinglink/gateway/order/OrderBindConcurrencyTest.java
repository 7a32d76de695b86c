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

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.Race;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrent binds of one order (contract section 3, rule 5): of binds to different devices exactly one
 * succeeds, and binds to the same device all succeed without moving the service period. More calls than
 * pooled connections wait for one and then for the order's row lock; one that waited too long gets the
 * gateway's 503 and is tried again as a client would ({@link Race#codes(List, int)}). Any other exception than
 * a {@link DomainFailure} fails the test.
 */
@ServiceTest
abstract class OrderBindConcurrencyTest {

    static final int THREADS = 32;
    static final int MAX_ATTEMPTS = 10;
    static final Instant START = Instant.parse("2024-05-01T08:00:00Z");

    @Autowired
    OrderService orders;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void ofConcurrentBindsToDifferentDevicesExactlyOneSucceeds() throws Exception {
        clock.set(START);
        var order = fixtures.paidOrder();
        var devices = IntStream.range(0, THREADS).mapToObj(i -> fixtures.device("admin-" + i)).toList();

        var results = Race.codes(devices.stream().map(device -> bind(device, order, "user")).toList(), MAX_ATTEMPTS);

        assertThat(results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .containsOnly(entry(ResultCode.SUCCESS, 1L),
                        entry(ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE, (long) THREADS - 1));
        int winner = results.indexOf(ResultCode.SUCCESS);
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.iotId()).contains(devices.get(winner));
        assertThat(stored.identityId()).contains(new IdentityId("admin-" + winner));
    }

    @Test
    void concurrentBindsToTheSameDeviceAllSucceedAndKeepTheFirstServicePeriod() throws Exception {
        // Each read of the clock is an hour later than the one before: only the first bind may set the period.
        clock.set(START);
        clock.tickEachRead(Duration.ofHours(1));
        var order = fixtures.paidOrder();
        var device = fixtures.device("admin-a");
        var userNames = IntStream.range(0, THREADS).mapToObj(i -> "user-" + i).toList();

        var results = Race.codes(userNames.stream().map(userName -> bind(device, order, userName)).toList(),
                MAX_ATTEMPTS);

        assertThat(results).containsOnly(ResultCode.SUCCESS).hasSize(THREADS);
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.startTime()).isEqualTo(START);
        assertThat(stored.endTime()).isEqualTo(Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(stored.userName()).isIn(userNames);
    }

    private Runnable bind(IotId device, OrderId order, String userName) {
        return () -> orders.bind(new BindOrder(device, order, new Purchaser(userName, null),
                RecordingSettings.defaults()), Optional.empty());
    }
}
