package com.livinglink.gateway.order;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Concurrent purchases for one device (contract 11.5 rule 3): each creates its own order, and no two share an
 * orderId or an outOrderNo, though the clock stands still so that all are bought in the same millisecond. The
 * pool holds a connection for every thread: what is raced is the numbering, not the wait for a connection,
 * which on a loaded machine can outlast its 1000 ms bound.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size="
        + (CommodityBuyConcurrencyTest.THREADS + 1))
abstract class CommodityBuyConcurrencyTest {

    static final int THREADS = 32;

    @Autowired
    PurchaseService purchases;

    @Autowired
    OrderService orders;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void concurrentPurchasesGetDistinctOrderIdsAndOutOrderNos() throws Exception {
        clock.set(Instant.parse("2024-05-01T08:00:00.123Z"));
        var device = fixtures.device("admin-a");
        var purchase = new BuyCommodity(device, "ilopLVCloudResource", "eventResource_7", 1,
                new Purchaser("buyer", null), RecordingSettings.defaults(), false, false);
        var startGate = new CyclicBarrier(THREADS);
        var pool = Executors.newFixedThreadPool(THREADS);
        var orderIds = new ArrayList<OrderId>();
        try {
            var futures = new ArrayList<Future<OrderId>>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    startGate.await(30, SECONDS);
                    return purchases.buy(purchase, Optional.empty());
                }));
            }
            for (var future : futures) {
                orderIds.add(future.get(60, SECONDS));
            }
        }
        finally {
            pool.shutdownNow();
            pool.awaitTermination(30, SECONDS);
        }

        assertThat(new HashSet<>(orderIds)).hasSize(THREADS);
        var outOrderNos = new HashSet<String>();
        for (var orderId : orderIds) {
            var order = orders.find(orderId).orElseThrow();
            assertThat(order.orderId().value()).startsWith("20240501160000").hasSize(21);
            outOrderNos.add(order.outOrderNo());
        }
        assertThat(outOrderNos).hasSize(THREADS).allMatch(number -> number.matches("[0-9]{15}"));
        assertThat(orders.query(device, Optional.empty(), false, 0, 50).total()).isEqualTo(THREADS);
    }
}
