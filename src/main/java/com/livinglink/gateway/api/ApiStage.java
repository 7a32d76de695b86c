package com.livinglink.gateway.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A step of the {@link ApiEdge}'s pipeline that another module contributes: the signature layer's admission,
 * the request metrics, test control's journal and reset gate. The edge runs every stage bean in their
 * {@code @Order} around the API call, as servlet filters would, but as plain calls: no request attributes, no
 * wrappers, no dispatch.
 */
@FunctionalInterface
public interface ApiStage {

    /** Orders of the stages the gateway has: the outer ones see what the inner ones answered. */
    int METRICS = 100;
    /** Test control's gate, which keeps calls and resets apart: outside the journal, which a reset empties. */
    int RESET_GATE = 150;
    int JOURNAL = 200;
    int ADMISSION = 1000;

    /**
     * Handles one API request: passes it on with {@link Next#proceed()}, or answers it itself (a refusal,
     * written with {@link ApiResponses}) and does not.
     */
    void handle(HttpServletRequest request, HttpServletResponse response, ApiEndpoint endpoint, Next next)
            throws IOException;

    /** The rest of the pipeline: the later stages, then the API. */
    @FunctionalInterface
    interface Next {
        void proceed() throws IOException;
    }
}
