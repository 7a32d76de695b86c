package com.livinglink.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A device's orders are read through an index, not by scanning every order: the statements Hibernate sends
 * for order/query's page and count and for the plan timeline's queue end ({@code OrderQueriesImpl}), as H2
 * plans them on the migrated schema. The page and the queue end are also taken in the index's order, not
 * sorted.
 */
class OrdersByDeviceIndexTest {

    static final String BY_DEVICE = "cloud_order_by_device:";
    static final String BY_DEVICE_END = "cloud_order_by_device_end:";

    JdbcTemplate jdbc;

    @BeforeEach
    void migratedSchema() {
        var database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:index-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(database);
    }

    @Test
    void orderQuerysPageOfADeviceUsesTheIndex() {
        assertThat(plan("SELECT order_id FROM cloud_order WHERE iot_id = 'cam-1' "
                + "ORDER BY iot_id ASC, start_time DESC, order_id ASC OFFSET 20 ROWS FETCH FIRST 20 ROWS ONLY"))
                .contains(BY_DEVICE).contains("/* index sorted */");
    }

    @Test
    void orderQuerysCountOfADeviceUsesTheIndex() {
        assertThat(plan("SELECT COUNT(order_id) FROM cloud_order WHERE iot_id = 'cam-1' AND identity_id = 'u'"))
                .contains("cloud_order_by_device").doesNotContain("tableScan");
    }

    @Test
    void theQueueEndOfADeviceUsesTheIndex() {
        assertThat(plan("SELECT end_time FROM cloud_order WHERE iot_id = 'cam-1' AND payment_status = 1 "
                + "AND frozen = FALSE AND end_time > CURRENT_TIMESTAMP ORDER BY iot_id ASC, end_time DESC "
                + "FETCH FIRST 1 ROWS ONLY")).contains(BY_DEVICE_END).contains("/* index sorted */");
    }

    private String plan(String query) {
        return jdbc.queryForObject("EXPLAIN " + query, String.class);
    }
}
