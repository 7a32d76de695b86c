package com.livinglink.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A program a test runs cannot hang the build: a child that never ends fails the test at its bound and is
 * killed with what it started, and a grandchild left holding the child's output does not hold the test. The
 * timeouts here only keep a regression from hanging the build: they fail instead.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChildProcessTest {

    @BeforeAll
    static void shell() {
        Tools.assumeInstalled("bash", "sleep");
    }

    @Test
    void aChildThatNeverEndsFailsTheTestAtItsBoundAndIsKilledWithWhatItStarted() {
        long started = System.nanoTime();
        var failure = catchThrowable(() -> ChildProcess.run(bash("sleep 600 & echo \"grandchild $!\"; wait"),
                Duration.ofSeconds(2)));
        var waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("did not end within PT2S")
                .hasMessageContaining("grandchild ");
        assertThat(waited).isLessThan(Duration.ofSeconds(30));
        var grandchild = pidAfter("grandchild ", failure.getMessage());
        await("the end of the grandchild").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(grandchild).filter(ProcessHandle::isAlive).isEmpty());
    }

    @Test
    void aGrandchildLeftHoldingTheOutputDoesNotHoldTheTest() {
        var result = ChildProcess.run(bash("sleep 600 & echo \"grandchild $!\""), Duration.ofSeconds(20));

        var grandchild = ProcessHandle.of(pidAfter("grandchild ", result.output()));
        grandchild.ifPresent(ProcessHandle::destroyForcibly);
        assertThat(result.exitValue()).isZero();
        assertThat(grandchild).as("the grandchild, still running when the child ended").isPresent();
    }

    @Test
    void aChildReadingItsInputGetsNothingInsteadOfWaiting() {
        var output = ChildProcess.succeed(bash("cat; echo read all"), Duration.ofSeconds(20));

        assertThat(output).isEqualTo("read all\n");
    }

    @Test
    void aChildThatFailsFailsTheTestWithItsOutput() {
        var failure = catchThrowable(() -> ChildProcess.succeed(bash("echo why >&2; exit 3"), Duration.ofSeconds(20)));

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("exited with 3")
                .hasMessageEndingWith("why\n");
    }

    private static ProcessBuilder bash(String script) {
        return new ProcessBuilder(List.of("bash", "-c", script));
    }

    private static long pidAfter(String marker, String text) {
        var from = text.lastIndexOf(marker) + marker.length();
        var to = from;
        while (to < text.length() && Character.isDigit(text.charAt(to))) {
            to++;
        }
        return Long.parseLong(text.substring(from, to));
    }
}
