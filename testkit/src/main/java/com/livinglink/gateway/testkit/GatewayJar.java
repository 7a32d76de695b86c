package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the gateway's executable jar. The kit's POM depends on it as a zip (no class-path type, so it stays
 * off the user's class path), which Maven resolves into the local repository next to the kit: the file is
 * found there, from where the kit's own jar was loaded, or in the local repository named by
 * {@code maven.repo.local} or {@code ~/.m2/repository}. The system property {@value #JAR_PROPERTY} overrides
 * the search.
 */
final class GatewayJar {

    static final String JAR_PROPERTY = "gateway.testkit.jar";
    private static final String KIT_COORDINATES = "com.livinglink:cloudstorage-gateway-testkit";

    private GatewayJar() {
    }

    static Path find() {
        var override = System.getProperty(JAR_PROPERTY);
        if (override != null && !override.isBlank()) {
            var jar = Path.of(override);
            if (!Files.isRegularFile(jar)) {
                throw new GatewayException("-D" + JAR_PROPERTY + " names " + jar.toAbsolutePath()
                        + ", which is no file");
            }
            return jar;
        }
        var artifact = Artifact.load();
        var looked = new ArrayList<Path>();
        for (var repository : repositories(artifact)) {
            var jar = artifact.in(repository);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            looked.add(jar);
        }
        throw new GatewayException("The gateway's jar (" + artifact + ") was not found; looked for " + looked
                + ". Depend on " + KIT_COORDINATES + " with Maven (it brings the jar), or name the jar with -D"
                + JAR_PROPERTY + "=/path/to/cloudstorage-gateway.jar");
    }

    private static List<Path> repositories(Artifact artifact) {
        var repositories = new LinkedHashSet<Path>();
        kitRepository(artifact).ifPresent(repositories::add);
        var configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            repositories.add(Path.of(configured));
        }
        repositories.add(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        return List.copyOf(repositories);
    }

    /**
     * The Maven repository the kit's jar was loaded from: above {@code com/livinglink/cloudstorage-gateway-testkit/
     * <version>/<jar>} (the kit and the gateway share their groupId).
     */
    private static Optional<Path> kitRepository(Artifact artifact) {
        try {
            var source = GatewayJar.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            var kitJar = Path.of(source.getLocation().toURI());
            var versionDirectory = kitJar.getParent();
            if (!Files.isRegularFile(kitJar) || versionDirectory == null) {
                return Optional.empty();
            }
            var repository = versionDirectory;
            for (int level = 0; level < artifact.groupId().split("\\.").length + 2 && repository != null; level++) {
                repository = repository.getParent();
            }
            return Optional.ofNullable(repository);
        }
        catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The gateway's coordinates, as the kit's build wrote them. */
    record Artifact(String groupId, String artifactId, String version, String classifier, String extension) {

        static Artifact load() {
            var properties = new Properties();
            try (InputStream in = GatewayJar.class.getResourceAsStream("/META-INF/cloudstorage-gateway-testkit.properties")) {
                if (in == null) {
                    throw new GatewayException("The kit's META-INF/cloudstorage-gateway-testkit.properties is missing");
                }
                properties.load(in);
            }
            catch (IOException e) {
                throw new GatewayException("The kit's META-INF/cloudstorage-gateway-testkit.properties is unreadable", e);
            }
            return new Artifact(properties.getProperty("gateway.groupId"), properties.getProperty("gateway.artifactId"),
                    properties.getProperty("gateway.version"), properties.getProperty("gateway.classifier"),
                    properties.getProperty("gateway.extension"));
        }

        /** Where this artifact lies in a Maven repository. */
        Path in(Path repository) {
            return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                    .resolve(artifactId + "-" + version + "-" + classifier + "." + extension);
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + extension + ":" + classifier + ":" + version;
        }
    }
}
