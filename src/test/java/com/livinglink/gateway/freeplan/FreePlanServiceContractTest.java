package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.DomainFailureCodes;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.BuyCommodity;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.PurchaseService;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.ServiceContractTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a free-plan claim writes (contract 11.11, 11.15, 11.2.7), on the services without HTTP so that it runs
 * against every database the gateway supports: its order's id is made as a purchase's, a claim whose window would
 * leave the supported time range writes nothing, and neither does one whose answer cannot be made.
 */
abstract class FreePlanServiceContractTest extends ServiceContractTest {

    static final Instant NOW = Instant.parse("2024-03-10T04:05:06.789Z");
    static final Optional<IdentityId> TRUSTED_APP = Optional.empty();
    static final Function<FreePlanView, FreePlanView> AS_IS = Function.identity();
    static final String LAST_SUPPORTED = "9999-12-31T15:59:59Z";

    @Autowired
    FreePlanService freePlans;

    @Autowired
    PurchaseService purchases;

    @Override
    protected Instant now() {
        return NOW;
    }

    @Test
    void aClaimsOrderHasA21DigitIdOfItsSecondAndASequenceAsAPurchaseHas() {
        var device = fixtures.device("admin-a");

        freePlans.claim(claim(device, 1, true), TRUSTED_APP, AS_IS);

        var claimed = claimedOrder(device);
        assertThat(claimed.value()).matches("20240310120506[0-9]{7}");
        assertThat(orders.find(claimed).orElseThrow().outOrderNo()).isNull();
    }

    @Test
    void aClaimAndAPurchaseAtOnePinnedInstantCrossingTheOldWrapGetDistinctIds() {
        var device = fixtures.device("admin-a");
        long before = jdbc.queryForObject("SELECT nextval('cloud_order_number')", Long.class);

        freePlans.claim(claim(device, 1, true), TRUSTED_APP, AS_IS);
        jdbc.execute("ALTER SEQUENCE cloud_order_number RESTART WITH " + (before + 1 + 10_000));
        var bought = purchases.buy(new BuyCommodity(device, "ilopLVCloudResource", "eventResource_7", 1,
                new Purchaser("Li Lei", null), RecordingSettings.defaults(), true, false), TRUSTED_APP);

        assertThat(bought.value()).matches("20240310120506[0-9]{7}").isNotEqualTo(claimedOrder(device).value());
    }

    @Test
    void aClaimWhoseMonthsWouldEndAfterTheRangeWritesNothing() {
        clock.set(Instant.parse("9999-11-01T00:00:00Z"));
        var device = fixtures.device("admin-a");

        var refused = refusalOf(() -> freePlans.claim(claim(device, 3, true), TRUSTED_APP, AS_IS));

        assertThat(DomainFailureCodes.codeOf(refused)).isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.length", "quota", LAST_SUPPORTED));
        assertNothingClaimed(device);
    }

    @Test
    void aClaimThatTheDevicesQueueWouldCarryPastTheRangeWritesNothing() {
        clock.set(Instant.parse("9999-06-01T00:00:00Z"));
        var device = fixtures.device("admin-a");
        fixtures.planFrom(device, "admin-a", Instant.parse("9999-11-30T15:00:00Z"), 1);

        var refused = refusalOf(() -> freePlans.claim(claim(device, 1, false), TRUSTED_APP, AS_IS));

        assertThat(DomainFailureCodes.detailsOf(refused))
                .containsExactly(new Detail("violation.window.queue", "queue", LAST_SUPPORTED));
        assertNothingClaimed(device);
    }

    @Test
    void aClaimWhoseAnswerCannotBeMadeWritesNothing() {
        var device = fixtures.device("admin-a");

        assertThatThrownBy(() -> freePlans.claim(claim(device, 1, true), TRUSTED_APP, view -> {
            throw new IllegalStateException("the answer cannot be written");
        })).hasMessage("the answer cannot be written");

        assertNothingClaimed(device);
        assertThat(orders.query(device, TRUSTED_APP, false, 0, 20).total()).isZero();
    }

    @Test
    void aFreeEnableWhoseAnswerCannotBeMadeLeavesTheClaimQueued() {
        var device = fixtures.device("admin-a");
        fixtures.planFrom(device, "admin-a", NOW, 1);
        freePlans.claim(claim(device, 1, false), TRUSTED_APP, AS_IS);
        var queuedFrom = orders.find(claimedOrder(device)).orElseThrow().startTime();

        assertThatThrownBy(() -> freePlans.enable(device, TRUSTED_APP, view -> {
            throw new IllegalStateException("the answer cannot be written");
        })).hasMessage("the answer cannot be written");

        assertThat(queuedFrom).isAfter(NOW);
        assertThat(orders.find(claimedOrder(device)).orElseThrow().startTime()).isEqualTo(queuedFrom);
    }

    private void assertNothingClaimed(IotId device) {
        var plan = freePlans.find(device).orElseThrow();
        assertThat(plan.remainQuota()).isEqualTo(3);
        assertThat(plan.claims()).isEmpty();
    }

    private OrderId claimedOrder(IotId device) {
        return freePlans.find(device).orElseThrow().claims().get(0).order();
    }

    private static FreeClaimRequest claim(IotId device, int quota, boolean immediateUse) {
        return new FreeClaimRequest(device, quota, immediateUse, RecordingSettings.defaults());
    }

    private static DomainFailure refusalOf(ThrowingCallable call) {
        var failure = catchThrowableOfType(DomainFailure.class, call);
        assertThat(failure).as("a refusal").isNotNull();
        return failure;
    }
}
