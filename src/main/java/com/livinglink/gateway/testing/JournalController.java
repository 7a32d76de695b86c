package com.livinglink.gateway.testing;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /admin/test/requests}: what clients sent this instance, for verifications. */
@RestController
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class JournalController {

    private static final String PATH = TestControl.PREFIX + "/requests";

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @Operation(summary = "The journal of API calls, newest first (test control)", description = "Filters: api "
            + "(bind-order, get-order, …), code (the envelope's; the HTTP status for a signature refusal), iotId "
            + "(params.iotId), since (an ISO instant), limit (default and at most gateway.testing.journal-size). "
            + "Never holds the iotToken, nor anything of the signature but the appKey. Per instance.")
    @GetMapping(PATH)
    List<JournalEntry> findRequests(@RequestParam(required = false) String api, @RequestParam(required = false) Integer code,
            @RequestParam(required = false) String iotId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @RequestParam(required = false) Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1.");
        }
        int max = limit == null ? journal.capacity() : Math.min(limit, journal.capacity());
        return journal.find(new JournalQuery(api, code, iotId, since), max);
    }

    @Operation(summary = "How many journaled API calls match (test control)", description = "The filters of GET "
            + "/admin/test/requests.")
    @GetMapping(PATH + "/count")
    Count countRequests(@RequestParam(required = false) String api, @RequestParam(required = false) Integer code,
            @RequestParam(required = false) String iotId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        return new Count(journal.count(new JournalQuery(api, code, iotId, since)));
    }

    @Operation(summary = "Empty the journal (test control)")
    @DeleteMapping(PATH)
    ResponseEntity<Void> clearJournal() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }

    record Count(long count) {
    }
}
