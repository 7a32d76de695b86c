package com.livinglink.gateway.freeplan;

import java.time.Instant;

import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One identity's claim of a device's free plan: the free order it created, of {@code months} gift months. */
@Embeddable
public record FreeClaim(
        @Column(name = "identity_id") String identityId,
        @Column(name = "order_id") String orderId,
        @Column(name = "months") int months,
        @Column(name = "claimed_at") Instant claimedAt) {

    public IdentityId claimant() {
        return new IdentityId(identityId);
    }

    public OrderId order() {
        return new OrderId(orderId);
    }
}
