package com.livinglink.gateway.testkit;

import java.util.List;

/**
 * What clients sent the gateway: its request journal ({@code /admin/test/requests}), newest first. It keeps
 * the last {@code gateway.testing.journal-size} calls (1000 unless a property says otherwise); a reset empties
 * it.
 */
public final class Journal {

    private static final String PATH = "/admin/test/requests";

    private final ControlClient control;

    Journal(ControlClient control) {
        this.control = control;
    }

    /** Every call kept, newest first. */
    public List<JournalEntry> calls() {
        return find(PATH);
    }

    /**
     * The calls of one API, newest first, named as the platform's pages do ({@code order/get}) or by its id
     * ({@code get-order}).
     */
    public List<JournalEntry> calls(String api) {
        return calls(Api.of(api));
    }

    /** The calls of one API, newest first. */
    public List<JournalEntry> calls(Api api) {
        return find(PATH + "?api=" + api.id());
    }

    /** Empties the journal. */
    public void clear() {
        control.call("DELETE", PATH, null);
    }

    private List<JournalEntry> find(String path) {
        return ((List<?>) control.call("GET", path, null)).stream().map(JournalEntry::from).toList();
    }
}
