package com.livinglink.gateway.order;

import java.util.List;

/** What an import did: orders created, orders skipped because their id existed, entries refused. */
public record ImportResult(int created, int skipped, List<ImportError> errors) {

    /** A refused entry: its position in the imported array, its orderId as given, and why. */
    public record ImportError(int index, String orderId, String message) {
    }
}
