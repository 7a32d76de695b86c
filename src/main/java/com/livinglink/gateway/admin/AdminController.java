package com.livinglink.gateway.admin;

import java.time.Duration;
import java.util.List;

import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.freeplan.DeviceFreePlan;
import com.livinglink.gateway.freeplan.FreePlan;
import com.livinglink.gateway.freeplan.FreePlanService;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.order.ImportResult;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator API (contract section 9): devices, order import and read, iotTokens for test suites. */
@RestController
@RequestMapping("/admin")
class AdminController {

    static final int MAX_IMPORT_SIZE = 10_000;
    private static final int DEFAULT_TOKEN_TTL_SECONDS = 3600;

    private final DeviceService devices;
    private final OrderImportService imports;
    private final OrderService orders;
    private final IotTokens iotTokens;
    private final FreePlanService freePlans;

    AdminController(DeviceService devices, OrderImportService imports, OrderService orders, IotTokens iotTokens,
            FreePlanService freePlans) {
        this.devices = devices;
        this.imports = imports;
        this.orders = orders;
        this.iotTokens = iotTokens;
        this.freePlans = freePlans;
    }

    @Operation(summary = "Register a device, or change its administrator",
            description = "ownerIdentityId null: the device has no administrator. freeRemainQuota, when given, sets "
                    + "the gift months its free plan has left (0 to " + FreePlan.MAX_REMAIN_QUOTA + ").", responses = {
                @ApiResponse(responseCode = "201", description = "The device was registered."),
                @ApiResponse(responseCode = "200", description = "The device's administrator was set.")})
    @PutMapping("/devices/{iotId}")
    ResponseEntity<DeviceView> putDevice(@PathVariable String iotId, @Valid @RequestBody DeviceUpdate update) {
        var registration = devices.register(new IotId(requireIdentifier("iotId", iotId)),
                update.ownerIdentityId() == null ? null : new IdentityId(update.ownerIdentityId()));
        if (update.freeRemainQuota() != null) {
            freePlans.changeRemainQuota(registration.iotId(), update.freeRemainQuota());
        }
        var view = new DeviceView(registration.iotId().value(),
                registration.administrator() == null ? null : registration.administrator().value());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }

    @Operation(summary = "Read a device with its free plan: the gift months left and the claims, oldest first")
    @GetMapping("/devices/{iotId}")
    AdminDeviceView getDevice(@PathVariable String iotId) {
        var id = new IotId(requireIdentifier("iotId", iotId));
        return freePlans.find(id).map(AdminDeviceView::from)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No device " + iotId + "."));
    }

    @Operation(summary = "Import orders", description = "An existing orderId is skipped, never overwritten; each "
            + "invalid entry is reported by its index, an entry that is no order too (a field of the wrong type, a "
            + "key no order has). At most " + MAX_IMPORT_SIZE + " entries per request.")
    @PostMapping("/orders")
    ImportResult importOrders(@RequestBody ImportEntries body) {
        if (body.entries().size() > MAX_IMPORT_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "At most " + MAX_IMPORT_SIZE + " orders can be imported in one request.");
        }
        return imports.importEntries(body.entries());
    }

    @Operation(summary = "Read an order with its binding and recording settings")
    @GetMapping("/orders/{orderId}")
    AdminOrderView getOrder(@PathVariable String orderId) {
        var id = new OrderId(requireIdentifier("orderId", orderId));
        return orders.find(id).map(AdminOrderView::from)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId + "."));
    }

    @Operation(summary = "Issue an HS256 iotToken for a user", description = "For test suites: the token calls "
            + "the APIs as that identity (request.iotToken). ttlSeconds defaults to " + DEFAULT_TOKEN_TTL_SECONDS + ".",
            responses = @ApiResponse(responseCode = "409", description = "gateway.identity.hs256-secret is not set."))
    @PostMapping("/iot-tokens")
    ResponseEntity<IotTokenResponse> issueIotToken(@Valid @RequestBody IotTokenRequest request) {
        if (!iotTokens.canIssue()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "gateway.identity.hs256-secret is not configured: this gateway cannot issue iotTokens.");
        }
        var ttl = Duration.ofSeconds(request.ttlSeconds() == null ? DEFAULT_TOKEN_TTL_SECONDS : request.ttlSeconds());
        // The answer is a credential: no cache on the way may keep it.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new IotTokenResponse(iotTokens.issue(new IdentityId(request.identityId()), ttl)));
    }

    private static String requireIdentifier(String name, String value) {
        if (Identifiers.check(value).isPresent()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be 1 to "
                    + Identifiers.MAX_LENGTH + " characters without whitespace or control characters.");
        }
        return value;
    }

    record DeviceUpdate(@Size(min = 1, max = IdentityId.MAX_LENGTH) String ownerIdentityId,
            @Min(0) @Max(FreePlan.MAX_REMAIN_QUOTA) Integer freeRemainQuota) {
    }

    record AdminDeviceView(String iotId, String ownerIdentityId, int remainQuota, List<ClaimView> claims) {

        static AdminDeviceView from(DeviceFreePlan device) {
            return new AdminDeviceView(device.iotId().value(), device.administrator().map(IdentityId::value)
                    .orElse(null), device.remainQuota(), device.claims().stream().map(claim -> new ClaimView(
                            claim.claimant().value(), claim.order().value(), claim.months(),
                            claim.claimedAt().toString()))
                    .toList());
        }
    }

    record ClaimView(String identityId, String orderId, int months, String claimedAt) {
    }

    record DeviceView(String iotId, String ownerIdentityId) {
    }

    record IotTokenRequest(@NotNull @Size(min = 1, max = IdentityId.MAX_LENGTH) String identityId,
            @Min(1) @Max(31_536_000) Integer ttlSeconds) {
    }

    record IotTokenResponse(String iotToken) {
    }
}
