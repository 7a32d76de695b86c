package com.livinglink.gateway.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.livinglink.gateway.GatewayApplication;
import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.order.OrderRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One gateway started as an operator starts it ({@code new SpringApplicationBuilder(...).run(args)}) on a
 * random port, so that a test can run several side by side, stop one, or close it while it works. The test
 * configuration ({@code config/application.yaml}) applies; test components on the class path are left out,
 * as they are in production.
 */
public final class GatewayInstance implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final ConfigurableApplicationContext context;

    private GatewayInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a gateway with these command-line arguments ({@code --name=value}) besides a random port. */
    public static GatewayInstance start(List<String> arguments) {
        return start(new SpringApplicationBuilder(GatewayApplication.class), arguments);
    }

    /** Starts the gateway that {@code builder} describes, which may add beans for the test. */
    public static GatewayInstance start(SpringApplicationBuilder builder, List<String> arguments) {
        var all = new ArrayList<>(List.of("--server.port=0"));
        all.addAll(arguments);
        return new GatewayInstance(builder
                .initializers(context -> context.getBeanFactory().registerSingleton("productionBeansOnly",
                        new ProductionBeansOnly()))
                .run(all.toArray(String[]::new)));
    }

    /**
     * Waits until the instance says it is ready (database and shared state answering), so that a test does
     * not take a slow first connection on a loaded machine for a failure of what it tests.
     */
    public GatewayInstance awaitReady() {
        await("readiness of the gateway on port " + port()).atMost(READY_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> client().send(client().request("/actuator/health/readiness").GET().build()).status() == 200);
        return this;
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public ApiClient client() {
        return new ApiClient(port());
    }

    public ApiClient client(RequestSigner signer) {
        return new ApiClient(port(), signer);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Seeds devices and orders straight into this gateway's database. */
    public Fixtures fixtures() {
        return new Fixtures(bean(DeviceRepository.class), bean(OrderRepository.class), bean(CommodityCatalog.class));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Keeps test-only components ({@code @TestComponent}, {@code @TestConfiguration}) out of the scan. */
    static final class ProductionBeansOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
            return metadataReader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
