package com.livinglink.gateway.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

/** Tests that run the project's shell scripts need the tools they call, and are skipped without them. */
public final class Tools {

    private Tools() {
    }

    public static void assumeInstalled(String... tools) {
        for (var tool : tools) {
            assumeTrue(onPath(tool), tool + " is not installed");
        }
    }

    public static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        }
        catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }
}
