package com.livinglink.gateway.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RequestDeadlineTest {

    static final Duration OWN_BOUND = Duration.ofMillis(500);

    @Test
    void outsideARequestAWaitKeepsItsOwnBound() {
        assertThat(RequestDeadline.current()).isEmpty();
        assertThat(RequestDeadline.bound(OWN_BOUND)).isEqualTo(OWN_BOUND);
    }

    @Test
    void aWaitGetsItsOwnBoundWhileMoreIsLeft() {
        try (var bound = RequestDeadline.in(Duration.ofMinutes(1)).bind()) {
            assertThat(RequestDeadline.bound(OWN_BOUND)).isEqualTo(OWN_BOUND);
        }
    }

    @Test
    void aWaitGetsOnlyWhatIsLeftWhenThatIsLess() {
        var deadline = RequestDeadline.in(Duration.ofMillis(200));
        try (var bound = deadline.bind()) {
            assertThat(RequestDeadline.bound(OWN_BOUND)).isLessThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void aSpentBudgetLeavesNothingToWait() {
        var deadline = RequestDeadline.in(Duration.ofMillis(-1));
        try (var bound = deadline.bind()) {
            assertThat(deadline.expired()).isTrue();
            assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
            assertThat(RequestDeadline.bound(OWN_BOUND)).isEqualTo(Duration.ZERO);
        }
    }

    @Test
    void theDeadlineHoldsOnlyWhileItIsBound() {
        var outer = RequestDeadline.in(Duration.ofMinutes(1));
        var inner = RequestDeadline.in(Duration.ofMinutes(2));
        try (var first = outer.bind()) {
            try (var second = inner.bind()) {
                assertThat(RequestDeadline.current()).containsSame(inner);
            }
            assertThat(RequestDeadline.current()).containsSame(outer);
        }
        assertThat(RequestDeadline.current()).isEmpty();
    }
}
