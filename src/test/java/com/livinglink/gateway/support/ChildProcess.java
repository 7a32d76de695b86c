package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program a test depends on (a script, curl, a browser) to its end, within a bound. Its output (standard
 * output and error together) goes to a file, not to a pipe the test reads: reading a pipe to its end waits
 * for every process holding it, so a child that hangs, or a grandchild it left running, would hang the build.
 * A child still running at the bound is killed with every process it started, and the test fails with what
 * it had written. Its standard input is closed at once, so a child that reads it gets nothing rather than
 * waiting.
 */
public final class ChildProcess {

    /** How a child ended: its exit value and everything it wrote. */
    public record Result(int exitValue, String output) {
    }

    private ChildProcess() {
    }

    /** Starts {@code builder}'s command and waits at most {@code bound} for it to end. */
    public static Result run(ProcessBuilder builder, Duration bound) {
        Path output = null;
        try {
            output = Files.createTempFile("child-process-", ".log");
            var process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new AssertionError(builder.command() + " did not end within " + bound
                        + "; it was killed with the processes it started. Its output:\n" + read(output));
            }
            return new Result(process.exitValue(), read(output));
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** As {@link #run}, failing the test, with the child's output, unless it exited with 0. */
    public static String succeed(ProcessBuilder builder, Duration bound) {
        var result = run(builder, bound);
        if (result.exitValue() != 0) {
            throw new AssertionError(builder.command() + " exited with " + result.exitValue() + "; its output:\n"
                    + result.output());
        }
        return result.output();
    }

    /** Its descendants are listed before it dies: once orphaned, they are no longer listed as its own. */
    private static void kill(Process process) throws InterruptedException {
        var descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static String read(Path output) throws IOException {
        return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
    }
}
