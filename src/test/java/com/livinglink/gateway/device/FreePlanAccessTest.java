package com.livinglink.gateway.device;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.identity.IdentityId;
import org.junit.jupiter.api.Test;

/** Who may read and change a device's free plan (contract 11.10, 11.12, 11.13): {@link DeviceAccess}. */
class FreePlanAccessTest {

    static final Optional<IdentityId> A = Optional.of(new IdentityId("admin-a"));
    static final Optional<IdentityId> B = Optional.of(new IdentityId("admin-b"));
    static final Optional<IdentityId> NOBODY = Optional.empty();

    @Test
    void withoutIotTokenTheAppIsTrusted() {
        assertThatCode(() -> new DeviceAccess(NOBODY, A).checkMayActOnFreePlan(B)).doesNotThrowAnyException();
        assertThatCode(() -> new DeviceAccess(NOBODY, NOBODY).checkMayActOnFreePlan(B)).doesNotThrowAnyException();
    }

    @Test
    void aDeviceWithAdministratorIsActedForByThemAlone() {
        assertThatCode(() -> new DeviceAccess(A, A).checkMayActOnFreePlan(B)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new DeviceAccess(B, A).checkMayActOnFreePlan(B))
                .isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void aDeviceWithoutAdministratorIsActedForByItsLatestClaimant() {
        assertThatCode(() -> new DeviceAccess(B, NOBODY).checkMayActOnFreePlan(B)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new DeviceAccess(A, NOBODY).checkMayActOnFreePlan(B))
                .isInstanceOf(CallerNotAllowed.class);
    }

    @Test
    void aDeviceNobodyClaimedOnWithoutAdministratorIsOpenToAnyCaller() {
        assertThatCode(() -> new DeviceAccess(A, NOBODY).checkMayActOnFreePlan(NOBODY)).doesNotThrowAnyException();
    }
}
