package com.livinglink.gateway.tls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.livinglink.gateway.GatewayApplication;
import org.apache.catalina.connector.Connector;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole gateway started as {@code java -jar} starts it, on free ports, with its own data directory; closed,
 * it stops like a process would, so that a second one can start on the same data directory.
 */
final class RunningGateway implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningGateway(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningGateway start(Path dataDir, String... properties) {
        return start(dataDir, new Class<?>[0], properties);
    }

    static RunningGateway start(Path dataDir, Class<?>[] extraSources, String... properties) {
        // Command-line arguments, as an operator passes them: they win over the test configuration files. A
        // property named twice would be bound as a list, so a test's own value replaces the default here.
        var values = new LinkedHashMap<String, String>(
                Map.of("server.port", "0", "gateway.tls.port", "0", "gateway.data-dir", dataDir.toString()));
        for (var property : properties) {
            var separator = property.indexOf('=');
            values.put(property.substring(0, separator), property.substring(separator + 1));
        }
        var arguments = values.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue());
        var sources = new ArrayList<Class<?>>(List.of(GatewayApplication.class));
        sources.addAll(List.of(extraSources));
        return new RunningGateway(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(arguments.toArray(String[]::new)));
    }

    int httpPort() {
        return webServer().getPort();
    }

    int httpsPort() {
        return context.getEnvironment().getRequiredProperty("local.https.port", Integer.class);
    }

    /** The schemes Tomcat listens with, one per connector. */
    List<String> connectorSchemes() {
        return List.of(webServer().getTomcat().getService().findConnectors()).stream().map(Connector::getScheme)
                .toList();
    }

    private TomcatWebServer webServer() {
        return (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
    }

    @Override
    public void close() {
        context.close();
    }
}
