package com.livinglink.gateway.device;

import java.util.Optional;

import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.identity.IdentityId;

/**
 * Who may act for a device: the one place of the rule behind 460 {@code auth failed}. Without a user
 * identity the signing app is trusted. With one, rule R1 (contract 11.2.6): a device with an administrator
 * is acted for by that administrator alone. What a caller may do on a device without one is each API's
 * own rule, and each has its method here.
 *
 * @param caller the request's user identity, if it has one
 * @param administrator the device's administrator; none also for a device that is not registered
 */
public record DeviceAccess(Optional<IdentityId> caller, Optional<IdentityId> administrator) {

    /**
     * bind/order (contract 3, rules 1 and 2): the administrator on whose behalf the caller acts. The device
     * must have one, and a caller with a user identity must be that administrator.
     *
     * @throws DeviceHasNoAdministrator when the device has no administrator
     * @throws CallerNotAllowed when the caller is someone else
     */
    public IdentityId actingAdministrator() {
        var acting = administrator.orElseThrow(DeviceHasNoAdministrator::new);
        requireAdministrator();
        return acting;
    }

    /**
     * order/get (contract 4): whether the caller may read what was bound through this device for
     * {@code boundFor}. On a device without an administrator, only a caller who declares it ownerless and
     * is the identity the order was bound for.
     *
     * @throws CallerNotAllowed when the caller may not
     */
    public void checkMayRead(Optional<IdentityId> boundFor, boolean deviceNoOwner) {
        if (caller.isEmpty()) {
            return;
        }
        if (administrator.isPresent()) {
            requireAdministrator();
        }
        else if (!deviceNoOwner || !caller.equals(boundFor)) {
            throw new CallerNotAllowed();
        }
    }

    /**
     * commodity/enable (contract 11.7 rule 2): whether the caller may change what was bound through this device
     * for {@code boundFor}. Rule R1; on a device without an administrator, only the identity the order was
     * bound for.
     *
     * @throws CallerNotAllowed when the caller may not
     */
    public void checkMayActOn(Optional<IdentityId> boundFor) {
        if (caller.isEmpty()) {
            return;
        }
        if (administrator.isPresent()) {
            requireAdministrator();
        }
        else if (!caller.equals(boundFor)) {
            throw new CallerNotAllowed();
        }
    }

    /**
     * status/set (contract 11.8 rules 1 and 2): whether the caller may freeze what was bound through this
     * device for {@code boundFor}. Unless the caller declares the device ownerless, the device must have an
     * administrator and that administrator must be the one the order was bound for; then as
     * {@link #checkMayActOn}.
     *
     * @throws DeviceHasNoAdministrator when the device has none and {@code deviceNoOwner} is false
     * @throws CallerNotAllowed when the caller may not
     */
    public void checkMayFreeze(Optional<IdentityId> boundFor, boolean deviceNoOwner) {
        if (!deviceNoOwner) {
            var acting = administrator.orElseThrow(DeviceHasNoAdministrator::new);
            if (!boundFor.equals(Optional.of(acting))) {
                throw new CallerNotAllowed();
            }
        }
        checkMayActOn(boundFor);
    }

    /** Rule R1. */
    private void requireAdministrator() {
        if (caller.isPresent() && !caller.equals(administrator)) {
            throw new CallerNotAllowed();
        }
    }
}
