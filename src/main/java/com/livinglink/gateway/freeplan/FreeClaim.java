package com.livinglink.gateway.freeplan;

import java.time.Instant;

import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IdentityIdConverter;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderIdConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** One identity's claim of a device's free plan: the free order it created, of {@code months} gift months. */
@Embeddable
public record FreeClaim(
        @Column(name = "identity_id") @Convert(converter = IdentityIdConverter.class) IdentityId claimant,
        @Column(name = "order_id") @Convert(converter = OrderIdConverter.class) OrderId order,
        @Column(name = "months") int months,
        @Column(name = "claimed_at") Instant claimedAt) {
}
