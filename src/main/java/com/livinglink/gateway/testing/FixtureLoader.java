package com.livinglink.gateway.testing;

import java.io.IOException;
import java.time.Clock;

import com.livinglink.gateway.admin.JsonProblems;
import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.Purchaser;

import org.springframework.beans.factory.InitializingBean;
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
 * What a reset starts from: the fixture file when one is configured, else the demo data under the {@code demo}
 * profile (its repeatable migration run again), else nothing. A fixture is read and checked whole before a
 * reset changes anything ({@link #prepare()}), and once when the gateway starts, so that a gateway whose
 * fixture is invalid does not start; it is read again at each reset, so that a suite may change it between
 * runs. Devices and orders enter as the operator API takes them, through the same services, in the caller's
 * transaction; bindings as the fixture records them, without the rules of a bind ({@link OrderOverrides}).
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class FixtureLoader implements InitializingBean {

    static final String DEMO_DATA = "db/demo/R__demo_data.sql";

    private final TestingProperties properties;
    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final DeviceService devices;
    private final OrderImportService imports;
    private final OrderRepository orders;
    private final OrderOverrides overrides;
    private final ObjectMapper json;
    private final SupportedInstants range;

    FixtureLoader(TestingProperties properties, Environment environment, JdbcTemplate jdbc, DeviceService devices,
            OrderImportService imports, OrderRepository orders, OrderOverrides overrides, ObjectMapper json,
            Clock clock) {
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.devices = devices;
        this.imports = imports;
        this.orders = orders;
        this.overrides = overrides;
        this.json = json;
        this.range = SupportedInstants.in(clock.getZone());
    }

    /** Refuses to start with a fixture that a reset could not load. */
    @Override
    public void afterPropertiesSet() {
        if (properties.fixture() != null) {
            checked(read());
        }
    }

    /**
     * Reads and checks what a reset loads, changing nothing, and answers the load, to run in the reset's
     * transaction.
     *
     * @throws InvalidFixture when the configured fixture cannot be read or would not load
     */
    Runnable prepare() {
        if (properties.fixture() != null) {
            var fixture = checked(read());
            return () -> load(fixture);
        }
        if (environment.matchesProfiles("demo")) {
            return this::loadDemoData;
        }
        return () -> {
        };
    }

    private void loadDemoData() {
        var demoData = new ResourceDatabasePopulator(new ClassPathResource(DEMO_DATA));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            demoData.populate(connection);
            return null;
        });
    }

    private Fixture read() {
        try (var in = properties.fixture().getInputStream()) {
            return json.readValue(in, Fixture.class);
        }
        catch (IOException unreadable) {
            throw new InvalidFixture(properties, "cannot be read: " + unreadable.getMessage());
        }
        catch (JacksonException malformed) {
            throw new InvalidFixture(properties, "is not a fixture: " + JsonProblems.describe(malformed));
        }
    }

    /** Everything that would stop the fixture from loading, found before anything is written. */
    private Fixture checked(Fixture fixture) {
        var problems = fixture.problems(range);
        imports.problemsWith(fixture.orders()).forEach(error -> problems.add("order at index " + error.index()
                + (error.orderId() == null ? "" : " (" + error.orderId() + ")") + ": " + error.message()));
        if (!problems.isEmpty()) {
            throw new InvalidFixture(properties, "cannot be loaded: " + String.join("; ", problems));
        }
        return fixture;
    }

    private void load(Fixture fixture) {
        for (var device : fixture.devices()) {
            devices.register(new IotId(device.iotId()),
                    device.ownerIdentityId() == null ? null : new IdentityId(device.ownerIdentityId()));
        }
        var imported = imports.importOrders(fixture.orders());
        if (!imported.errors().isEmpty()) {
            throw new InvalidFixture(properties, "has invalid orders: " + imported.errors());
        }
        for (var binding : fixture.bindings()) {
            var order = orders.findById(new OrderId(binding.orderId())).orElseThrow(() -> new InvalidFixture(
                    properties, "binds order " + binding.orderId() + ", which is not among its orders"));
            overrides.restoreBinding(order, new IotId(binding.iotId()), new IdentityId(binding.identityId()),
                    new Purchaser(binding.userName(), binding.userId()), binding.startTime(), binding.endTime());
        }
    }

    /**
     * The configured fixture cannot be loaded. It is what the reset loads, so the reset's input, refused as the
     * contract refuses an instant from outside in a fixture (400), not a fault of the gateway.
     */
    static final class InvalidFixture extends RuntimeException {

        InvalidFixture(TestingProperties properties, String problem) {
            super("The fixture (gateway.testing.fixture=" + properties.fixture() + ") " + problem + ".");
        }
    }
}
