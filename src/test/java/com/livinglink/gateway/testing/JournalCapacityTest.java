package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The journal is a bounded ring: it keeps the newest {@code gateway.testing.journal-size} calls. */
class JournalCapacityTest {

    @Test
    void aFullJournalDropsItsOldestCall() {
        var journal = new RequestJournal(new TestingProperties(true, null, 3));

        for (int call = 1; call <= 5; call++) {
            journal.record(new JournalEntry(Instant.EPOCH, "request-" + call, null, "app", "get-order", "1.0.6", null,
                    200, 200, 1));
        }

        assertThat(journal.find(new JournalQuery(null, null, null, null), 10)).extracting(JournalEntry::requestId)
                .containsExactly("request-5", "request-4", "request-3");
    }
}
