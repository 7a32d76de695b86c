package com.livinglink.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An existing database upgrades in place: the schema of the release before the API family (V1), holding a
 * device and a bound order, migrates to the current one, and the rows keep what they said.
 */
class SchemaUpgradeTest {

    @Test
    void aDatabaseOfThePreviousReleaseMigratesWithItsData() {
        var database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        var jdbc = new JdbcTemplate(database);
        flyway(database).target("1").load().migrate();
        jdbc.update("INSERT INTO device (iot_id, owner_identity_id, version) VALUES ('cam-1', 'owner-1', 0)");
        jdbc.update("""
                INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies,
                    price, out_order_no, payment_status, order_type, frozen, iot_id, identity_id, start_time, end_time,
                    enable_default_plan, pre_record_duration, record_duration, event_record_prolong,
                    max_record_file_duration, version)
                VALUES ('order-1', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 1, '1.0', 'out-1', 1, 0, TRUE,
                    'cam-1', 'owner-1', TIMESTAMP WITH TIME ZONE '2020-08-25 02:00:00+00',
                    TIMESTAMP WITH TIME ZONE '2020-09-25 02:00:00+00', TRUE, 5, 30, FALSE, 1800, 0)""");

        var result = flyway(database).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(flyway(database).load().info().pending()).isEmpty();
        assertThat(jdbc.queryForMap("SELECT iot_id, identity_id, frozen, frozen_at, record_duration FROM cloud_order "
                + "WHERE order_id = 'order-1'"))
                .containsEntry("iot_id", "cam-1").containsEntry("identity_id", "owner-1").containsEntry("frozen", true)
                .containsEntry("frozen_at", null).containsEntry("record_duration", 30);
        assertThat(jdbc.queryForObject("SELECT owner_identity_id FROM device WHERE iot_id = 'cam-1'", String.class))
                .isEqualTo("owner-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM free_plan", Integer.class)).isZero();
    }

    private static FluentConfiguration flyway(JdbcDataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration");
    }
}
