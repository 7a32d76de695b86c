package com.livinglink.gateway.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.ImportedOrder;
import com.livinglink.gateway.order.Purchaser;

/**
 * A fixture file ({@code gateway.testing.fixture}, contract section 12): devices, orders as the operator
 * import takes them, and bindings of those orders.
 */
record Fixture(List<FixtureDevice> devices, List<ImportedOrder> orders, List<FixtureBinding> bindings) {

    private static final String IDENTIFIER_RULE = " must be 1 to " + Identifiers.MAX_LENGTH
            + " characters without whitespace or control characters";

    Fixture {
        devices = devices == null ? List.of() : devices;
        orders = orders == null ? List.of() : orders;
        bindings = bindings == null ? List.of() : bindings;
    }

    /**
     * What would stop its devices and bindings from loading; its orders are the import's to judge. A binding's
     * times are instants from outside (contract 11.2.7): each must lie in {@code range}.
     */
    List<String> problems(SupportedInstants range) {
        var problems = new ArrayList<String>();
        for (var device : devices) {
            FixtureDevice.problemWith(device).ifPresent(problem -> problems.add("device " + device + ": " + problem));
        }
        var orderIds = orders.stream().filter(Objects::nonNull).map(ImportedOrder::orderId)
                .collect(Collectors.toSet());
        for (int index = 0; index < bindings.size(); index++) {
            var binding = bindings.get(index);
            var at = "bindings[" + index + "]";
            FixtureBinding.problemWith(binding, orderIds, range)
                    .ifPresent(problem -> problems.add(at + (problem.startsWith(".") ? "" : " ") + problem));
        }
        return problems;
    }

    private static boolean validIdentity(String identityId) {
        return !identityId.isEmpty() && identityId.length() <= IdentityId.MAX_LENGTH;
    }

    record FixtureDevice(String iotId, String ownerIdentityId) {

        static Optional<String> problemWith(FixtureDevice device) {
            if (device == null || device.iotId() == null || Identifiers.check(device.iotId()).isPresent()) {
                return Optional.of("iotId" + IDENTIFIER_RULE);
            }
            if (device.ownerIdentityId() != null && !validIdentity(device.ownerIdentityId())) {
                return Optional.of("ownerIdentityId must be 1 to " + IdentityId.MAX_LENGTH + " characters");
            }
            return Optional.empty();
        }
    }

    record FixtureBinding(String orderId, String iotId, String identityId, String userName, String userId,
            Instant startTime, Instant endTime) {

        /** The binding's first problem; one of its times is named as {@code .startTime …} or {@code .endTime …}. */
        static Optional<String> problemWith(FixtureBinding binding, Set<String> orderIds, SupportedInstants range) {
            if (binding == null || binding.orderId() == null || binding.iotId() == null
                    || binding.identityId() == null || binding.startTime() == null || binding.endTime() == null) {
                return Optional.of("orderId, iotId, identityId, startTime and endTime are required");
            }
            if (!orderIds.contains(binding.orderId())) {
                return Optional.of("order " + binding.orderId() + " is not among the fixture's orders");
            }
            if (Identifiers.check(binding.iotId()).isPresent()) {
                return Optional.of("iotId" + IDENTIFIER_RULE);
            }
            if (!validIdentity(binding.identityId())) {
                return Optional.of("identityId must be 1 to " + IdentityId.MAX_LENGTH + " characters");
            }
            if (tooLong(binding.userName()) || tooLong(binding.userId())) {
                return Optional.of("userName and userId are at most " + Purchaser.MAX_LENGTH + " characters");
            }
            if (!range.contains(binding.startTime())) {
                return Optional.of(".startTime " + binding.startTime() + " is outside " + range);
            }
            if (!range.contains(binding.endTime())) {
                return Optional.of(".endTime " + binding.endTime() + " is outside " + range);
            }
            if (binding.endTime().isBefore(binding.startTime())) {
                return Optional.of("endTime is before startTime");
            }
            return Optional.empty();
        }

        private static boolean tooLong(String text) {
            return text != null && text.length() > Purchaser.MAX_LENGTH;
        }
    }
}
