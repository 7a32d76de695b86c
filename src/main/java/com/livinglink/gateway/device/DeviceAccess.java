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
     * commodity/check (contract 11.4 rule 1): rule R1 alone; on a device without an administrator any caller
     * may ask.
     *
     * @throws CallerNotAllowed when the device's administrator is someone else
     */
    public void checkMayInquire() {
        if (administrator.isPresent()) {
            requireAdministrator();
        }
    }

    /**
     * commodity/buy (contract 11.5 rule 1): the identity a plan bought for this device is bound for. A device
     * with an administrator buys for that administrator, whom a caller with a user identity must be; a
     * device without one only when the caller declares it ownerless, and then for the caller's identity, if
     * it has one.
     *
     * @throws DeviceHasNoAdministrator when the device has none and {@code deviceNoOwner} is false
     * @throws CallerNotAllowed when the caller is not the administrator
     */
    public Optional<IdentityId> buyer(boolean deviceNoOwner) {
        if (administrator.isEmpty()) {
            if (!deviceNoOwner) {
                throw new DeviceHasNoAdministrator();
            }
            return caller;
        }
        requireAdministrator();
        return administrator;
    }

    /**
     * order/query (contract 11.6 rule 3): whose orders the caller may list on this device; empty for every
     * order bound to it. Without a user identity, and for the administrator, every order; on a device
     * without one, a caller who declares it ownerless sees only the orders bound for them.
     *
     * @throws CallerNotAllowed when the caller may list none
     */
    public Optional<IdentityId> listableOrdersOf(boolean deviceNoOwner) {
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        if (administrator.isPresent()) {
            requireAdministrator();
            return Optional.empty();
        }
        if (!deviceNoOwner) {
            throw new CallerNotAllowed();
        }
        return caller;
    }

    /**
     * The free plan's reads and changes (contract 11.10, 11.12, 11.13): rule R1; on a device without an
     * administrator, a caller with a user identity must be the device's latest claimant, if anyone claimed.
     *
     * @throws CallerNotAllowed when the caller may not
     */
    public void checkMayActOnFreePlan(Optional<IdentityId> latestClaimant) {
        if (administrator.isPresent()) {
            requireAdministrator();
        }
        else if (caller.isPresent() && latestClaimant.isPresent() && !caller.equals(latestClaimant)) {
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
