package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gateway's fast path for a test suite (the gateway's docs/operations.md, "For a test suite"): its jar
 * extracted once into a cache directory, and a class-data archive (Java 17 to 24) or an ahead-of-time cache
 * (Java 25 and newer) that the JVM reads at start instead of loading and linking the same classes again. The
 * first run that finds no archive for its jar and JDK trains one: its gateway writes it when it stops, after
 * serving the suite's own calls, so the archive holds the classes of the APIs the suite uses (and, on Java 25,
 * the profiles of their methods); later runs start from it. A run that cannot use the cache starts the jar as
 * before. {@value #CACHE_PROPERTY} names the directory (default {@code ~/.cache/cloudstorage-gateway-testkit}),
 * {@code -D}{@value #FAST_START_PROPERTY}{@code =false} turns the fast path off.
 */
final class FastStart {

    static final String CACHE_PROPERTY = "gateway.testkit.cache-dir";
    static final String FAST_START_PROPERTY = "gateway.testkit.fast-start";

    /** A training run left unfinished (its JVM killed) is taken over by another run after this long. */
    private static final Duration ABANDONED_TRAINING = Duration.ofMinutes(15);
    private static final Pattern FEATURE = Pattern.compile("^(\\d+)");
    /** A cache of another build of the same jar, unused this long, is deleted when a new build gets its own. */
    private static final Duration STALE = Duration.ofHours(1);
    /** Extracting the jar is one short JVM run; a minute is a hang. */
    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(1);

    private final List<String> jvmOptions;
    private final Path jar;
    private final Path training;
    private final Path archive;
    private final Path lock;

    private FastStart(List<String> jvmOptions, Path jar, Path training, Path archive, Path lock) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = jar;
        this.training = training;
        this.archive = archive;
        this.lock = lock;
    }

    /** The jar as it is, no archive: the fast path is off, or could not be prepared. */
    static FastStart none(Path jar) {
        return new FastStart(List.of(), jar, null, null, null);
    }

    /** The fast path as the test JVM's system properties configure it. */
    static FastStart configured(Path jar, Path javaHome) {
        if (!Boolean.parseBoolean(System.getProperty(FAST_START_PROPERTY, "true"))) {
            return none(jar);
        }
        var configured = System.getProperty(CACHE_PROPERTY);
        return of(jar, javaHome, configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "cloudstorage-gateway-testkit")
                : Path.of(configured));
    }

    /**
     * The fast path of {@code jar} on the JDK at {@code javaHome} with its cache under {@code cache}: the
     * extracted jar and the archive's option, or {@link #none} when anything it needs is missing (the start is
     * then only slower).
     */
    static FastStart of(Path jar, Path javaHome, Path cache) {
        try {
            var version = javaVersion(javaHome);
            var directory = cache.resolve(key(jar));
            if (!Files.isDirectory(directory)) {
                deleteStale(cache, jar);
            }
            var extracted = extracted(jar, javaHome, directory);
            Files.setLastModifiedTime(directory, FileTime.from(Instant.now()));
            boolean aotCache = feature(version) >= 25;
            var archive = directory.resolve("gateway-java-" + version + (aotCache ? ".aot" : ".jsa"));
            if (Files.isRegularFile(archive)) {
                return new FastStart(List.of((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive),
                        extracted, null, null, null);
            }
            var lock = directory.resolve(archive.getFileName() + ".training");
            if (!claim(lock)) {
                return new FastStart(List.of(), extracted, null, null, null);
            }
            var training = directory.resolve(archive.getFileName() + ".part-" + ProcessHandle.current().pid());
            return new FastStart(List.of((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + training),
                    extracted, training, archive, lock);
        }
        catch (IOException | RuntimeException e) {
            return none(jar);
        }
    }

    /** The JVM options of the fast path: reading the archive, or writing it at exit in a training run. */
    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The jar to start: the extracted one when there is a cache, else the executable jar itself. */
    Path jar() {
        return jar;
    }

    /** A training run writes its archive when the JVM exits: give it time to, when the gateway is stopped. */
    boolean trains() {
        return training != null;
    }

    /**
     * After the gateway's process has ended: a training run's archive, once whole, becomes the cache's (a JVM
     * that was killed while writing leaves a part that is deleted), and the claim on training is given up.
     */
    void finish(boolean exitedNormally) {
        if (training == null) {
            return;
        }
        try {
            if (exitedNormally && Files.size(training) > 0) {
                Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (IOException e) {
            // No archive this time: the next run trains again.
        }
        try {
            Files.deleteIfExists(training);
            Files.deleteIfExists(lock);
        }
        catch (IOException e) {
            // Left behind: a later run takes an abandoned claim over.
        }
    }

    /** One run trains at a time: the first to create the lock file, or to find one abandoned. */
    private static boolean claim(Path lock) throws IOException {
        try {
            Files.createFile(lock);
            return true;
        }
        catch (FileAlreadyExistsException taken) {
            if (Files.getLastModifiedTime(lock).toInstant().isAfter(Instant.now().minus(ABANDONED_TRAINING))) {
                return false;
            }
            Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
            return true;
        }
    }

    /**
     * The jar extracted under {@code directory} (Spring Boot's {@code -Djarmode=tools extract}: the archive
     * cannot hold classes read from nested jars), once per jar: into a directory of its own, renamed into
     * place, so that two runs extracting at once do not see each other's half.
     */
    private static Path extracted(Path jar, Path javaHome, Path directory) throws IOException {
        var app = directory.resolve("app");
        var extractedJar = app.resolve(jar.getFileName().toString());
        if (Files.isRegularFile(extractedJar)) {
            return extractedJar;
        }
        Files.createDirectories(directory);
        var part = Files.createTempDirectory(directory, "app-");
        try {
            var process = new ProcessBuilder(javaHome.resolve("bin").resolve("java").toString(), "-Djarmode=tools",
                    "-jar", jar.toAbsolutePath().toString(), "extract", "--destination", part.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(EXTRACT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("extracting " + jar + " took over " + EXTRACT_TIMEOUT);
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(part.resolve(jar.getFileName().toString()))) {
                throw new IOException("extracting " + jar + " failed");
            }
            try {
                Files.move(part, app, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException other) {
                // Another run extracted it first: use theirs.
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + jar, e);
        }
        finally {
            delete(part);
        }
        if (!Files.isRegularFile(extractedJar)) {
            throw new IOException("no " + extractedJar + " after extracting");
        }
        return extractedJar;
    }

    /**
     * Each build of a jar (a developer rebuilds it many times a day) gets a cache of its own, 200–250 MB: the
     * caches of the same jar's earlier builds go when a new build gets one, unless a run used them within the
     * last hour.
     */
    private static void deleteStale(Path cache, Path jar) throws IOException {
        if (!Files.isDirectory(cache)) {
            return;
        }
        var prefix = baseName(jar) + "-";
        var limit = Instant.now().minus(STALE);
        try (Stream<Path> caches = Files.list(cache)) {
            for (var other : caches.toList()) {
                if (other.getFileName().toString().startsWith(prefix) && Files.isDirectory(other)
                        && Files.getLastModifiedTime(other).toInstant().isBefore(limit)) {
                    delete(other);
                }
            }
        }
    }

    private static String baseName(Path jar) {
        var name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }

    /** A jar is known by its name, size and time: a rebuilt jar gets a cache of its own. */
    private static String key(Path jar) throws IOException {
        var identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
        return baseName(jar) + "-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** The JDK's version as its {@code release} file states it, e.g. {@code 25.0.1}. */
    static String javaVersion(Path javaHome) throws IOException {
        var release = new Properties();
        try (var in = Files.newInputStream(javaHome.resolve("release"))) {
            release.load(in);
        }
        var version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        if (version.isEmpty()) {
            throw new IOException("no JAVA_VERSION in " + javaHome.resolve("release"));
        }
        return version;
    }

    /** The feature release of a version: 17 of {@code 17.0.13}, 25 of {@code 25}. */
    static int feature(String version) {
        var matcher = FEATURE.matcher(version);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException | UncheckedIOException e) {
            // A temporary directory left in the cache: nothing reads it.
        }
    }
}
