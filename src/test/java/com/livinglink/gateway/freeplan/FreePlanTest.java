package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.FreeStorageAlreadyClaimed;
import com.livinglink.gateway.failure.FreeStorageClaimLimitReached;
import com.livinglink.gateway.failure.FreeStorageQuotaInsufficient;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderId;
import org.junit.jupiter.api.Test;

/** The free plan's rules (contract 11.14, 11.15), without a database. */
class FreePlanTest {

    static final int MAX_CLAIMANTS = 3;
    static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");
    static final IdentityId A = new IdentityId("admin-a");
    static final IdentityId B = new IdentityId("admin-b");

    final FreePlan plan = FreePlan.fresh(new IotId("dev-1"), 3);

    @Test
    void aFreshPlanHasTheConfiguredQuotaAndNoClaims() {
        assertThat(plan.remainQuota()).isEqualTo(3);
        assertThat(plan.claims()).isEmpty();
        assertThat(plan.latestClaimant()).isEmpty();
    }

    @Test
    void aClaimTakesItsMonthsFromTheQuotaAndIsRecorded() {
        var claim = plan.claim(A, new OrderId("free-1"), 2, NOW, MAX_CLAIMANTS);

        assertThat(plan.remainQuota()).isEqualTo(1);
        assertThat(plan.claims()).containsExactly(claim);
        assertThat(claim).isEqualTo(new FreeClaim(A, new OrderId("free-1"), 2, NOW));
    }

    @Test
    void anIdentityClaimsOncePerDevice() {
        plan.claim(A, new OrderId("free-1"), 1, NOW, MAX_CLAIMANTS);

        assertThatThrownBy(() -> plan.claim(A, new OrderId("free-2"), 1, NOW, MAX_CLAIMANTS))
                .isInstanceOf(FreeStorageAlreadyClaimed.class);
        assertThat(plan.remainQuota()).isEqualTo(2);
    }

    @Test
    void atMostMaxClaimantsIdentitiesClaim() {
        plan.changeRemainQuota(10);
        for (int i = 0; i < MAX_CLAIMANTS; i++) {
            plan.claim(new IdentityId("admin-" + i), new OrderId("free-" + i), 1, NOW, MAX_CLAIMANTS);
        }

        assertThatThrownBy(() -> plan.checkClaimable(B, 1, MAX_CLAIMANTS))
                .isInstanceOf(FreeStorageClaimLimitReached.class);
    }

    @Test
    void aClaimOfMoreThanIsLeftIsRefused() {
        plan.changeRemainQuota(2);

        assertThatThrownBy(() -> plan.claim(A, new OrderId("free-1"), 3, NOW, MAX_CLAIMANTS))
                .isInstanceOf(FreeStorageQuotaInsufficient.class);
        assertThat(plan.claims()).isEmpty();
        assertThat(plan.remainQuota()).isEqualTo(2);
    }

    @Test
    void nothingLeftIsRefusedEvenForNoMonths() {
        plan.changeRemainQuota(0);

        assertThatThrownBy(() -> plan.checkClaimable(A, 0, MAX_CLAIMANTS))
                .isInstanceOf(FreeStorageQuotaInsufficient.class);
    }

    @Test
    void claimedBeforeIsCheckedBeforeTheLimitAndTheLimitBeforeTheQuota() {
        plan.claim(A, new OrderId("free-1"), 3, NOW, 1);

        assertThatThrownBy(() -> plan.checkClaimable(A, 1, 1)).isInstanceOf(FreeStorageAlreadyClaimed.class);
        assertThatThrownBy(() -> plan.checkClaimable(B, 1, 1)).isInstanceOf(FreeStorageClaimLimitReached.class);
    }

    @Test
    void theViewShowsTheAdministratorsClaimOrNone() {
        plan.claim(A, new OrderId("free-1"), 1, NOW, MAX_CLAIMANTS);

        assertThat(plan.claimShownFor(Optional.of(A))).map(FreeClaim::order).contains(new OrderId("free-1"));
        assertThat(plan.claimShownFor(Optional.of(B))).isEmpty();
    }

    @Test
    void withoutAdministratorTheViewShowsTheLatestClaim() {
        plan.claim(A, new OrderId("free-1"), 1, NOW, MAX_CLAIMANTS);
        plan.claim(B, new OrderId("free-2"), 1, NOW, MAX_CLAIMANTS);

        assertThat(plan.latestClaimant()).contains(B);
        assertThat(plan.claimShownFor(Optional.empty())).map(FreeClaim::order).contains(new OrderId("free-2"));
    }

    @Test
    void theOperatorSetsTheQuotaWithinZeroTo120() {
        plan.changeRemainQuota(120);
        assertThat(plan.remainQuota()).isEqualTo(120);

        assertThatIllegalArgumentException().isThrownBy(() -> plan.changeRemainQuota(121));
        assertThatIllegalArgumentException().isThrownBy(() -> plan.changeRemainQuota(-1));
    }
}
