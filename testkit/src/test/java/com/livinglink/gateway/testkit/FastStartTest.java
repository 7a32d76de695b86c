package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path: the jar extracted once, an archive trained by the first run when its gateway stops, and every
 * later run started from it; an archive a killed JVM left unfinished is never used.
 */
class FastStartTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    /** The demo data's order, as the platform's example of order/get asks for it. */
    private static final Map<String, Object> DEMO_ORDER = Map.of("iotId", "QIuozfUcxRX6frOTO4dK****",
            "orderId", "20200731124115****", "deviceNoOwner", false);

    @TempDir
    Path cache;

    @Test
    void theFirstRunTrainsAndAnotherRunMeanwhileStartsFromTheExtractedJarWithoutTraining() {
        var first = FastStart.of(GatewayJar.find(), JAVA_HOME, cache);
        var meanwhile = FastStart.of(GatewayJar.find(), JAVA_HOME, cache);

        assertThat(first.trains()).isTrue();
        assertThat(first.jvmOptions()).singleElement().asString()
                .startsWith(AOT_CACHE ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
        assertThat(first.jar()).startsWith(cache).isRegularFile()
                .hasFileName(GatewayJar.find().getFileName().toString());
        assertThat(meanwhile.trains()).isFalse();
        assertThat(meanwhile.jvmOptions()).isEmpty();
        assertThat(meanwhile.jar()).isEqualTo(first.jar());
    }

    @Test
    void aWholeArchiveIsKeptAndReadByTheNextRun() throws IOException {
        var training = FastStart.of(GatewayJar.find(), JAVA_HOME, cache);
        Files.writeString(written(training), "an archive");

        training.finish(true);

        var next = FastStart.of(GatewayJar.find(), JAVA_HOME, cache);
        assertThat(next.trains()).isFalse();
        assertThat(next.jvmOptions()).singleElement().asString()
                .startsWith(AOT_CACHE ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=");
        assertThat(Path.of(next.jvmOptions().get(0).substring(next.jvmOptions().get(0).indexOf('=') + 1)))
                .hasContent("an archive");
    }

    @Test
    void theArchiveOfAKilledTrainingRunIsDiscardedAndTheNextRunTrainsAgain() throws IOException {
        var killed = FastStart.of(GatewayJar.find(), JAVA_HOME, cache);
        var part = written(killed);
        Files.writeString(part, "half an archive");

        killed.finish(false);

        assertThat(part).doesNotExist();
        assertThat(FastStart.of(GatewayJar.find(), JAVA_HOME, cache).trains()).isTrue();
    }

    @Test
    void anEarlierBuildsCacheUnusedForAnHourIsDeletedWhenANewBuildGetsOne() throws IOException {
        var jar = GatewayJar.find();
        var name = jar.getFileName().toString().replace(".jar", "");
        var stale = Files.createDirectories(cache.resolve(name + "-0000000000000000"));
        var recent = Files.createDirectories(cache.resolve(name + "-1111111111111111"));
        var otherJars = Files.createDirectories(cache.resolve("another-jar-0000000000000000"));
        var twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(stale, twoHoursAgo);
        Files.setLastModifiedTime(otherJars, twoHoursAgo);

        FastStart.of(jar, JAVA_HOME, cache);

        assertThat(stale).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(otherJars).isDirectory();
    }

    @Test
    void aGatewayStartsFromTheArchiveItsPredecessorTrained() throws IOException {
        var kitCache = System.getProperty(FastStart.CACHE_PROPERTY);
        System.setProperty(FastStart.CACHE_PROPERTY, cache.toString());
        try {
            try (var trainer = GatewayProcess.start(new GatewayOptions("", "", List.of(), List.of()), loader())) {
                assertThat(trainer.gateway().client().call("order/get", DEMO_ORDER).code()).isEqualTo(200);
            }
            try (Stream<Path> files = Files.walk(cache)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .as("the archive the trainer wrote as it stopped")
                        .filteredOn(name -> name.startsWith("gateway-java-"))
                        .singleElement().asString().endsWith(AOT_CACHE ? ".aot" : ".jsa");
            }
            // The JVM refuses to start when the archive cannot be used, instead of starting without it.
            var archiveRequired = AOT_CACHE ? "-XX:AOTMode=on" : "-Xshare:on";
            try (var next = GatewayProcess.start(new GatewayOptions("", "", List.of(), List.of(archiveRequired)),
                    loader())) {
                assertThat(next.gateway().client().call("order/get", DEMO_ORDER).code()).isEqualTo(200);
            }
        }
        finally {
            if (kitCache == null) {
                System.clearProperty(FastStart.CACHE_PROPERTY);
            }
            else {
                System.setProperty(FastStart.CACHE_PROPERTY, kitCache);
            }
        }
    }

    @Test
    void aGatewayThatFailedToStartTrainsNothingAndTheNextRunTrainsAgain() throws IOException {
        var kitCache = System.getProperty(FastStart.CACHE_PROPERTY);
        System.setProperty(FastStart.CACHE_PROPERTY, cache.toString());
        try {
            assertThatThrownBy(() -> GatewayProcess.start(new GatewayOptions("", "",
                    List.of("gateway.testing.journal-size=0"), List.of()), loader()).close())
                    .isInstanceOf(GatewayException.class);
        }
        finally {
            if (kitCache == null) {
                System.clearProperty(FastStart.CACHE_PROPERTY);
            }
            else {
                System.setProperty(FastStart.CACHE_PROPERTY, kitCache);
            }
        }

        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("gateway-java-") && !name.contains(".part-")
                            || name.endsWith(".training"));
        }
        assertThat(FastStart.of(GatewayJar.find(), JAVA_HOME, cache).trains()).isTrue();
    }

    @Test
    void theSuitesSizingGivesWayToTheSuitesOwnChoice() {
        assertThat(GatewayProcess.suiteOptions(List.of())).containsExactly("-XX:+UseSerialGC", "-Xmx256m");
        assertThat(GatewayProcess.suiteOptions(List.of("-Xmx1g"))).containsExactly("-XX:+UseSerialGC");
        assertThat(GatewayProcess.suiteOptions(List.of("-XX:+UseG1GC", "-XX:MaxRAMPercentage=50"))).isEmpty();
    }

    @Test
    void theFeatureReleaseIsReadFromTheVersion() {
        assertThat(FastStart.feature("17.0.13")).isEqualTo(17);
        assertThat(FastStart.feature("25")).isEqualTo(25);
        assertThat(FastStart.feature("")).isZero();
    }

    /** The file a training run's JVM writes its archive to, from the option that tells it to. */
    private static Path written(FastStart training) {
        var option = training.jvmOptions().get(0);
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private static ClassLoader loader() {
        return FastStartTest.class.getClassLoader();
    }
}
