package com.livinglink.gateway.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The last {@code gateway.testing.journal-size} API calls of this instance, in memory: a bounded ring that
 * drops the oldest call when full.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class RequestJournal {

    private final int capacity;
    private final Deque<JournalEntry> entries;

    RequestJournal(TestingProperties properties) {
        this.capacity = properties.journalSize();
        this.entries = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    synchronized void record(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /** Newest first, at most {@code limit}. */
    synchronized List<JournalEntry> find(JournalQuery query, int limit) {
        var found = new ArrayList<JournalEntry>();
        for (var entry : entries) {
            if (found.size() == limit) {
                break;
            }
            if (query.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    synchronized long count(JournalQuery query) {
        return entries.stream().filter(query).count();
    }

    synchronized void clear() {
        entries.clear();
    }

    int capacity() {
        return capacity;
    }
}
