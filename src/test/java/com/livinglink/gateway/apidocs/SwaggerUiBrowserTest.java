package com.livinglink.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.livinglink.gateway.support.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Swagger UI of the demo profile, in a real headless browser: {@code src/test/browser/swagger-ui.mjs} drives
 * Debian's Chromium with playwright-core. Runs only with {@code GATEWAY_BROWSER_TEST=1}, which {@code .ci/run}
 * sets after installing both; by hand: {@code (cd src/test/browser && npm ci)}, then the same variable. The
 * page it saw is saved as {@code target/swagger-ui.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@EnabledIfEnvironmentVariable(named = "GATEWAY_BROWSER_TEST", matches = "1")
class SwaggerUiBrowserTest {

    static final Path SCRIPT_DIR = Path.of("src/test/browser");

    @LocalServerPort
    int port;

    @Test
    void swaggerUiListsBothSeedApisAndRendersWithoutConsoleErrors() throws Exception {
        assertThat(SCRIPT_DIR.resolve("node_modules/playwright-core")).as("run npm ci in " + SCRIPT_DIR).exists();
        var process = new ProcessBuilder("node", "swagger-ui.mjs", "http://127.0.0.1:" + port)
                .directory(SCRIPT_DIR.toFile());
        process.environment().put("SCREENSHOT", Path.of("target/swagger-ui.png").toAbsolutePath().toString());

        ChildProcess.succeed(process, Duration.ofMinutes(3));
    }
}
