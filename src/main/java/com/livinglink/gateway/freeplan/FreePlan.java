package com.livinglink.gateway.freeplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.device.IotIdJavaType;
import com.livinglink.gateway.failure.FreeStorageAlreadyClaimed;
import com.livinglink.gateway.failure.FreeStorageClaimLimitReached;
import com.livinglink.gateway.failure.FreeStorageQuotaInsufficient;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JavaType;

/**
 * A device's free plan (contract 11.15): the gift months it has left and who claimed them. A device that has
 * no row yet has the configured quota and no claims: {@link #fresh} is that state, saved at its first change.
 */
@Entity
@Table(name = "free_plan")
public class FreePlan {

    /** The most gift months an operator may give a device. */
    public static final int MAX_REMAIN_QUOTA = 120;

    @Id
    @Column(name = "iot_id")
    @JavaType(IotIdJavaType.class)
    private IotId iotId;

    @Column(name = "remain_quota")
    private int remainQuota;

    /** In the order they were made: the last is the device's latest claim. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "free_plan_claim", joinColumns = @JoinColumn(name = "iot_id"))
    @OrderColumn(name = "claim_index")
    private List<FreeClaim> claims = new ArrayList<>();

    @Version
    private Long version;

    protected FreePlan() {
    }

    private FreePlan(IotId iotId, int remainQuota) {
        this.iotId = iotId;
        changeRemainQuota(remainQuota);
    }

    /** The plan of a device nobody has claimed on and no operator has changed: {@code quotaMonths} left. */
    public static FreePlan fresh(IotId iotId, int quotaMonths) {
        return new FreePlan(iotId, quotaMonths);
    }

    /**
     * Whether {@code claimant} may claim {@code months} gift months on this device (contract 11.14), the first
     * rule broken winning.
     *
     * @throws FreeStorageAlreadyClaimed when this identity claimed here before, whatever became of that claim
     * @throws FreeStorageClaimLimitReached when {@code maxClaimants} identities have claimed already
     * @throws FreeStorageQuotaInsufficient when fewer than {@code months} (and at least 1) months are left
     */
    public void checkClaimable(IdentityId claimant, int months, int maxClaimants) {
        if (claimOf(claimant).isPresent()) {
            throw new FreeStorageAlreadyClaimed();
        }
        if (claims.size() >= maxClaimants) {
            throw new FreeStorageClaimLimitReached();
        }
        if (remainQuota < Math.max(1, months)) {
            throw new FreeStorageQuotaInsufficient();
        }
    }

    /**
     * Records the claim of {@code months} months by {@code claimant}, served by the free order {@code order},
     * and takes the months from the quota. Nothing is refunded later, whatever becomes of the order.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure as {@link #checkClaimable}
     */
    public FreeClaim claim(IdentityId claimant, OrderId order, int months, Instant now, int maxClaimants) {
        checkClaimable(claimant, months, maxClaimants);
        var claim = new FreeClaim(claimant, order, months, now);
        claims.add(claim);
        remainQuota -= months;
        return claim;
    }

    /** Sets the gift months left, as an operator does to set up a test (contract 11.15). */
    public void changeRemainQuota(int months) {
        if (months < 0 || months > MAX_REMAIN_QUOTA) {
            throw new IllegalArgumentException("remainQuota must be between 0 and " + MAX_REMAIN_QUOTA);
        }
        this.remainQuota = months;
    }

    public Optional<FreeClaim> claimOf(IdentityId identity) {
        return claims.stream().filter(claim -> claim.claimant().equals(identity)).findFirst();
    }

    /** The identity of the device's latest claim, if anyone claimed. */
    public Optional<IdentityId> latestClaimant() {
        return claims.isEmpty() ? Optional.empty() : Optional.of(claims.get(claims.size() - 1).claimant());
    }

    /**
     * Whose claim the plan's view shows (contract 11.15): the device's administrator, or for a device without
     * one the latest claimant; their claim, if they made one.
     */
    public Optional<FreeClaim> claimShownFor(Optional<IdentityId> administrator) {
        return administrator.or(this::latestClaimant).flatMap(this::claimOf);
    }

    public int remainQuota() {
        return remainQuota;
    }

    public List<FreeClaim> claims() {
        return List.copyOf(claims);
    }

    public IotId iotId() {
        return iotId;
    }
}
