package com.livinglink.gateway.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.identity.IdentityId;
import org.junit.jupiter.api.Test;

/**
 * Who may act for a device (contract sections 3 and 4, rule R1 of 11.2.6), without Spring or a database:
 * the signing app alone is trusted, a user only as the device's administrator.
 */
class DeviceTest {

    static final IotId CAMERA = new IotId("camera-1");
    static final IdentityId ADMINISTRATOR = new IdentityId("administrator");
    static final IdentityId STRANGER = new IdentityId("stranger");
    static final Optional<IdentityId> SIGNING_APP_ALONE = Optional.empty();

    @Test
    void theSigningAppAloneBindsOnBehalfOfTheAdministrator() {
        var device = new Device(CAMERA, ADMINISTRATOR);

        assertThat(device.accessFor(SIGNING_APP_ALONE).actingAdministrator()).isEqualTo(ADMINISTRATOR);
    }

    @Test
    void theAdministratorBindsOnItsOwnBehalf() {
        var device = new Device(CAMERA, ADMINISTRATOR);

        assertThat(device.accessFor(Optional.of(ADMINISTRATOR)).actingAdministrator()).isEqualTo(ADMINISTRATOR);
    }

    @Test
    void bindingAsAnyoneButTheAdministratorIsRefused() {
        var device = new Device(CAMERA, ADMINISTRATOR);

        assertThatThrownBy(() -> device.accessFor(Optional.of(STRANGER)).actingAdministrator())
                .isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void bindingOnADeviceWithoutAdministratorIsRefusedWhoeverAsks() {
        var device = new Device(CAMERA, null);

        assertThatThrownBy(() -> device.accessFor(SIGNING_APP_ALONE).actingAdministrator())
                .isInstanceOf(DeviceHasNoAdministrator.class);
        assertThatThrownBy(() -> device.accessFor(Optional.of(STRANGER)).actingAdministrator())
                .isInstanceOf(DeviceHasNoAdministrator.class);
    }

    @Test
    void onADeviceWithAnAdministratorOnlyTheAdministratorOrTheSigningAppMayRead() {
        var device = new Device(CAMERA, ADMINISTRATOR);
        var boundFor = Optional.of(STRANGER);

        assertThatNoException().isThrownBy(() -> device.accessFor(SIGNING_APP_ALONE).checkMayRead(boundFor, false));
        assertThatNoException()
                .isThrownBy(() -> device.accessFor(Optional.of(ADMINISTRATOR)).checkMayRead(boundFor, false));
        assertThatThrownBy(() -> device.accessFor(Optional.of(STRANGER)).checkMayRead(boundFor, true))
                .isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void onADeviceWithoutAdministratorAUserReadsOnlyWhatWasBoundForItAndOnlyDeclaringTheDeviceOwnerless() {
        var device = new Device(CAMERA, null);
        var boundFor = Optional.of(ADMINISTRATOR);
        var formerAdministrator = device.accessFor(Optional.of(ADMINISTRATOR));

        assertThatNoException().isThrownBy(() -> formerAdministrator.checkMayRead(boundFor, true));
        assertThatThrownBy(() -> formerAdministrator.checkMayRead(boundFor, false))
                .isInstanceOf(CallerNotAllowed.class);
        assertThatThrownBy(() -> device.accessFor(Optional.of(STRANGER)).checkMayRead(boundFor, true))
                .isInstanceOf(CallerNotAllowed.class);
        assertThatNoException().isThrownBy(() -> device.accessFor(SIGNING_APP_ALONE).checkMayRead(boundFor, false));
    }

    @Test
    void assigningAnotherAdministratorHandsTheDeviceOver() {
        var device = new Device(CAMERA, ADMINISTRATOR);

        device.assignAdministrator(STRANGER);

        assertThat(device.administrator()).contains(STRANGER);
        assertThat(device.accessFor(Optional.of(STRANGER)).actingAdministrator()).isEqualTo(STRANGER);
        assertThatThrownBy(() -> device.accessFor(Optional.of(ADMINISTRATOR)).actingAdministrator())
                .isInstanceOf(CallerNotAllowed.class);
    }
}
