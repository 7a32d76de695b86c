package com.livinglink.gateway.testing;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which journal entries a suite asks for; every filter given must hold.
 *
 * @param api the API's id ({@code bind-order}, {@code get-order}, …)
 * @param code the envelope's code (the HTTP status for a signature refusal)
 * @param iotId the {@code params.iotId} sent
 * @param since entries at or after this instant
 */
record JournalQuery(String api, Integer code, String iotId, Instant since) implements Predicate<JournalEntry> {

    @Override
    public boolean test(JournalEntry entry) {
        return (api == null || api.equals(entry.api())) && (code == null || code.equals(entry.code()))
                && (iotId == null || iotId.equals(entry.iotId()))
                && (since == null || !entry.time().isBefore(since));
    }
}
