package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.livinglink.gateway.common.DatabaseFailures;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bind waits for an order that another transaction holds locked only as long as the 3000 ms budget allows
 * (contract section 1), then fails as "database unavailable" (503), and the order is untouched. The bound
 * is the database connection's own, as shipped (H2's {@code LOCK_TIMEOUT} in the default URL, PostgreSQL's
 * {@code statement_timeout} in the {@code postgres} profile).
 */
@ServiceTest
abstract class OrderLockWaitTest {

    /** What is left of the budget for one locked statement, with room for the rest of the request. */
    static final Duration BOUND = Duration.ofMillis(2000);

    @Autowired
    OrderService orders;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Test
    void aBindWaitingForALockedOrderGivesUpWithinTheBudget() throws Exception {
        var order = fixtures.paidOrder();
        var device = fixtures.device("admin-a");

        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT order_id FROM cloud_order WHERE order_id = ? FOR UPDATE")) {
                lock.setString(1, order.value());
                assertThat(lock.executeQuery().next()).isTrue();
            }

            long started = System.nanoTime();
            var failure = catchThrowable(() -> orders.bind(new BindOrder(device, order, new Purchaser("user", null),
                    RecordingSettings.defaults()), Optional.empty()));
            var waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure).isNotNull();
            assertThat(DatabaseFailures.unavailable(failure)).as("%s is a 503", failure).isTrue();
            assertThat(waited).isLessThan(BOUND);
            holder.rollback();
        }
        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }
}
