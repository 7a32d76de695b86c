package com.livinglink.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.support.ServiceTest;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A device's orders are read through an index, not by scanning every order: the statements Hibernate sends
 * for order/query's page and count and for the plan timeline's queue end ({@code OrderQueriesImpl}), captured
 * as they are sent ({@link SentStatements}) and planned by H2 on the migrated schema. The page and the queue
 * end are also taken in the index's order, not sorted.
 */
@ServiceTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
        + "com.livinglink.gateway.database.OrdersByDeviceIndexTest$SentStatements")
class OrdersByDeviceIndexTest {

    static final String BY_DEVICE = "cloud_order_by_device:";
    static final String BY_DEVICE_END = "cloud_order_by_device_end:";
    static final String INDEX_SORTED = "/* index sorted */";
    static final IotId DEVICE = new IotId("cam-1");
    static final IdentityId IDENTITY = new IdentityId("u");

    @Autowired
    OrderRepository orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void orderQuerysPageOfADeviceUsesTheIndexInItsOrder() {
        var sent = sentBy(() -> orders.findBoundTo(DEVICE, Optional.empty(), 20, 20));

        assertThat(plan(sent)).contains(BY_DEVICE).contains(INDEX_SORTED);
    }

    @Test
    void orderQuerysPageOfADeviceForOneIdentityUsesTheIndexInItsOrder() {
        var sent = sentBy(() -> orders.findBoundTo(DEVICE, Optional.of(IDENTITY), 0, 20));

        assertThat(plan(sent)).contains(BY_DEVICE).contains(INDEX_SORTED);
    }

    @Test
    void orderQuerysCountOfADeviceUsesTheIndex() {
        var sent = sentBy(() -> orders.countBoundTo(DEVICE, Optional.empty()));

        assertThat(plan(sent)).contains("cloud_order_by_device").doesNotContain("tableScan");
    }

    @Test
    void orderQuerysCountOfADeviceForOneIdentityUsesTheIndex() {
        var sent = sentBy(() -> orders.countBoundTo(DEVICE, Optional.of(IDENTITY)));

        assertThat(plan(sent)).contains("cloud_order_by_device").doesNotContain("tableScan");
    }

    @Test
    void theQueueEndOfADeviceUsesTheIndexInItsOrder() {
        var sent = sentBy(() -> orders.findLatestActiveEnd(DEVICE, Instant.parse("2024-05-01T00:00:00Z")));

        assertThat(plan(sent)).contains(BY_DEVICE_END).contains(INDEX_SORTED);
    }

    /** The one statement {@code query} sent. */
    private static String sentBy(Runnable query) {
        SentStatements.SENT.clear();
        query.run();
        assertThat(SentStatements.SENT).as("the statements sent").hasSize(1);
        return SentStatements.SENT.get(0);
    }

    /** H2's plan of the statement as sent, its parameters unset: the plan does not depend on their values. */
    private String plan(String sql) {
        return jdbc.queryForObject("EXPLAIN " + sql, String.class);
    }

    /** Hibernate's hook on every statement it prepares: records it unchanged. */
    public static final class SentStatements implements StatementInspector {

        static final List<String> SENT = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            SENT.add(sql);
            return sql;
        }
    }
}
