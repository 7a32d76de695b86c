package com.livinglink.gateway.testing;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/test/reset}: the known state a test starts from. */
@RestController
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class ResetController {

    private final TestReset reset;

    ResetController(TestReset reset) {
        this.reset = reset;
    }

    @Operation(summary = "Reset to the fixture (test control)", description = "Removes every device, order, "
            + "binding and free plan, forgets every nonce and rate-limit bucket, empties the journal, removes every "
            + "fault and sets the clock back to how the gateway started; then loads gateway.testing.fixture, or the "
            + "demo data under the demo profile, or nothing. Seen by every instance sharing the database and Redis.")
    @PostMapping(TestControl.PREFIX + "/reset")
    ResponseEntity<Void> reset() {
        reset.reset();
        return ResponseEntity.noContent().build();
    }
}
