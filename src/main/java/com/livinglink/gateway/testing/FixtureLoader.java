package com.livinglink.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.Purchaser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads what a reset starts from, in the caller's transaction: the fixture file when one is configured,
 * else the demo data under the {@code demo} profile (its repeatable migration run again), else nothing.
 * Devices and orders enter as the operator API takes them, through the same services.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class FixtureLoader {

    static final String DEMO_DATA = "db/demo/R__demo_data.sql";

    private final TestingProperties properties;
    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final DeviceService devices;
    private final OrderImportService imports;
    private final OrderRepository orders;
    private final ObjectMapper json;
    private final Clock clock;

    FixtureLoader(TestingProperties properties, Environment environment, JdbcTemplate jdbc, DeviceService devices,
            OrderImportService imports, OrderRepository orders, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.devices = devices;
        this.imports = imports;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
    }

    void load() {
        if (properties.fixture() != null) {
            load(read());
        }
        else if (environment.matchesProfiles("demo")) {
            var demoData = new ResourceDatabasePopulator(new ClassPathResource(DEMO_DATA));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                demoData.populate(connection);
                return null;
            });
        }
    }

    private Fixture read() {
        try (var in = properties.fixture().getInputStream()) {
            return json.readValue(in, Fixture.class);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException("gateway.testing.fixture " + properties.fixture() + " cannot be read",
                    unreadable);
        }
        catch (JacksonException malformed) {
            throw new InvalidFixture("is not a fixture: " + malformed.getOriginalMessage());
        }
    }

    private void load(Fixture fixture) {
        for (var device : fixture.devices()) {
            devices.register(new IotId(device.iotId()),
                    device.ownerIdentityId() == null ? null : new IdentityId(device.ownerIdentityId()));
        }
        var imported = imports.importOrders(fixture.orders());
        if (!imported.errors().isEmpty()) {
            throw new InvalidFixture("has invalid orders: " + imported.errors());
        }
        var range = SupportedInstants.in(clock.getZone());
        for (int index = 0; index < fixture.bindings().size(); index++) {
            var binding = fixture.bindings().get(index);
            if (binding.orderId() == null || binding.iotId() == null || binding.startTime() == null
                    || binding.endTime() == null) {
                throw new InvalidFixture("has a binding without orderId, iotId, startTime or endTime: " + binding);
            }
            // An instant from outside, as the clock's and an order state's are (contract 11.2.7): 400 naming it.
            var field = "gateway.testing.fixture bindings[" + index + "].";
            range.check(field + "startTime", binding.startTime());
            range.check(field + "endTime", binding.endTime());
            var order = orders.findById(binding.orderId()).orElseThrow(() -> new InvalidFixture(
                    "binds order " + binding.orderId() + ", which is not among its orders"));
            order.restoreBinding(new IotId(binding.iotId()),
                    binding.identityId() == null ? null : new IdentityId(binding.identityId()),
                    new Purchaser(binding.userName(), binding.userId()), binding.startTime(), binding.endTime());
            orders.save(order);
        }
    }

    /** The configured fixture cannot be loaded: the operator's mistake, reported and rolled back. */
    static final class InvalidFixture extends RuntimeException {

        InvalidFixture(String problem) {
            super("The fixture (gateway.testing.fixture) " + problem + ".");
        }
    }
}
