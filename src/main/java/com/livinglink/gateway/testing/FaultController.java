package com.livinglink.gateway.testing;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /admin/test/faults}: the platform's failures on demand, on this instance. */
@RestController
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class FaultController {

    private static final String PATH = TestControl.PREFIX + "/faults";

    private final Faults faults;

    FaultController(Faults faults) {
        this.faults = faults;
    }

    @Operation(summary = "Add a fault (test control)", description = "On the calls of api (an API's id or *) whose "
            + "params match (iotId, orderId; optional), after the signature is verified and before the API runs: "
            + "wait delayMs (0-" + Faults.MAX_DELAY_MS + "), then answer code exactly as the API's own refusal, or "
            + "let the call run when there is no code; the delay stands for a slow way to the platform, so a call it "
            + "lets run still has its whole budget. times: then it is gone (absent: until removed); probability: "
            + "0-1 (default 1). The oldest matching fault acts alone. Changes nothing in the database. Numbers are "
            + "read strictly (times 1.5, code \"503\" and probability 2 are 400), and so is match: a key other than "
            + "iotId or orderId is 400.")
    @PostMapping(PATH)
    ResponseEntity<Created> addFault(@Valid @RequestBody FaultRequest request) {
        var fault = faults.add(request);
        return ResponseEntity.created(URI.create(PATH + "/" + fault.id())).body(new Created(fault.id()));
    }

    @Operation(summary = "The faults in force (test control)")
    @GetMapping(PATH)
    List<Fault.FaultView> listFaults() {
        return faults.all().stream().map(Fault::view).toList();
    }

    @Operation(summary = "Remove a fault (test control)")
    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> removeFault(@PathVariable String id) {
        if (!faults.remove(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No fault " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove every fault (test control)")
    @DeleteMapping(PATH)
    ResponseEntity<Void> removeEveryFault() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    record Created(String id) {
    }
}
