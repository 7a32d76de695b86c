package com.livinglink.gateway.testing;

import com.livinglink.gateway.admin.AdminOrderView;
import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.order.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code PATCH /admin/test/orders/{orderId}}: any state of section 4, read back as the operator API shows it. */
@RestController
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class OrderStateController {

    private final OrderStates states;

    OrderStateController(OrderStates states) {
        this.states = states;
    }

    @Operation(summary = "Put an order in any state (test control)", description = "paymentStatus (0, 1, 2), frozen "
            + "(true freezes now, false lifts the freeze), startTime/endTime (ISO instants in the supported time "
            + "range, else 400; a bound order only, else 409). Answers the order as GET /admin/orders/{orderId} then "
            + "does.")
    @PatchMapping(TestControl.PREFIX + "/orders/{orderId}")
    AdminOrderView changeOrderState(@PathVariable String orderId, @Valid @RequestBody OrderStateChange change) {
        if (Identifiers.check(orderId).isPresent()) {
            throw new IllegalArgumentException("orderId must be 1 to " + Identifiers.MAX_LENGTH
                    + " characters without whitespace or control characters.");
        }
        return states.change(new OrderId(orderId), change)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId + "."));
    }
}
