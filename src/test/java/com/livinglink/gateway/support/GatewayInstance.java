package com.livinglink.gateway.support;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.livinglink.gateway.GatewayApplication;
import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.order.OrderRepository;
import org.apache.catalina.connector.Connector;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One gateway started as an operator starts it ({@code new SpringApplicationBuilder(...).run(args)}) on free
 * ports (HTTP and HTTPS), so that a test can run several side by side, stop one, close it while it works, or
 * start a second one on the data directory of the first. The test configuration ({@code config/application.yaml})
 * applies unless the arguments say otherwise; test components on the class path are left out, as they are in
 * production.
 */
public final class GatewayInstance implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final ConfigurableApplicationContext context;

    private GatewayInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a gateway with these command-line arguments ({@code --name=value}). */
    public static GatewayInstance start(List<String> arguments) {
        return start(new SpringApplicationBuilder(GatewayApplication.class), arguments);
    }

    /** Starts a gateway with these command-line arguments, keeping its data under {@code dataDir}. */
    public static GatewayInstance start(Path dataDir, String... arguments) {
        return start(new SpringApplicationBuilder(GatewayApplication.class), dataDir, arguments);
    }

    /** As {@link #start(Path, String...)}, for the gateway that {@code builder} describes. */
    public static GatewayInstance start(SpringApplicationBuilder builder, Path dataDir, String... arguments) {
        return start(builder, concat(List.of("--gateway.data-dir=" + dataDir), List.of(arguments)));
    }

    /**
     * Starts the gateway that {@code builder} describes, which may add beans or configuration classes for the
     * test, with these command-line arguments ({@code --name=value}).
     */
    public static GatewayInstance start(SpringApplicationBuilder builder, List<String> arguments) {
        // Command-line arguments win over the configuration files. A property named twice would be bound as a
        // list, so a test's own value replaces the default here.
        var byName = new LinkedHashMap<String, String>();
        for (var argument : concat(List.of("--server.port=0", "--gateway.tls.port=0"), arguments)) {
            var separator = argument.indexOf('=');
            byName.put(separator < 0 ? argument : argument.substring(0, separator), argument);
        }
        return new GatewayInstance(builder
                .initializers(context -> context.getBeanFactory().registerSingleton("productionBeansOnly",
                        new ProductionBeansOnly()))
                .run(byName.values().toArray(String[]::new)));
    }

    /**
     * Waits until the instance says it is ready (database and shared state answering), so that a test does
     * not take a slow first connection on a loaded machine for a failure of what it tests.
     */
    public GatewayInstance awaitReady() {
        await("readiness of the gateway on port " + port()).atMost(READY_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> client().send(client().request("/actuator/health/readiness").GET().build())
                        .status() == 200);
        return this;
    }

    /** The plain-HTTP port. */
    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public int httpsPort() {
        return context.getEnvironment().getRequiredProperty("local.https.port", Integer.class);
    }

    /** The schemes Tomcat listens with, one per connector. */
    public List<String> connectorSchemes() {
        var webServer = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        return List.of(webServer.getTomcat().getService().findConnectors()).stream().map(Connector::getScheme)
                .toList();
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

    /** Stops the gateway as a process would stop, so that another can start on the same data directory. */
    @Override
    public void close() {
        context.close();
    }

    private static List<String> concat(List<String> first, List<String> then) {
        var all = new ArrayList<>(first);
        all.addAll(then);
        return all;
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
