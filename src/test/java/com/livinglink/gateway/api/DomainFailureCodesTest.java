package com.livinglink.gateway.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.CommodityNotAvailable;
import com.livinglink.gateway.failure.CrossAccountTransferNotAllowed;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.failure.FreeOrderNotTransferable;
import com.livinglink.gateway.failure.FreeStorageAlreadyClaimed;
import com.livinglink.gateway.failure.FreeStorageClaimLimitReached;
import com.livinglink.gateway.failure.FreeStorageNotClaimed;
import com.livinglink.gateway.failure.FreeStorageQuotaInsufficient;
import com.livinglink.gateway.failure.InvalidIotToken;
import com.livinglink.gateway.failure.OrderBoundToAnotherDevice;
import com.livinglink.gateway.failure.OrderExpired;
import com.livinglink.gateway.failure.OrderFrozen;
import com.livinglink.gateway.failure.OrderNotFound;
import com.livinglink.gateway.failure.OrderNotPaid;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange.Cause;
import org.junit.jupiter.api.Test;

/** Every refusal of the domain, none left out, has the code contract section 6 gives it. */
class DomainFailureCodesTest {

    static final Instant LAST = Instant.parse("9999-12-31T15:59:59Z");

    @Test
    void eachDomainFailureHasItsContractCode() {
        var codes = Map.ofEntries(entry(new InvalidIotToken(), 401), entry(new CallerNotAllowed(), 460),
                entry(new DeviceNotRegistered(), 28560), entry(new OrderNotFound(), 29600),
                entry(new OrderBoundToAnotherDevice(), 29601), entry(new OrderNotPaid(), 29602),
                entry(new OrderFrozen(), 29603), entry(new OrderExpired(), 29604),
                entry(new DeviceHasNoAdministrator(), 29605), entry(new CommodityNotAvailable(), 29606),
                entry(new CrossAccountTransferNotAllowed(), 29607), entry(new FreeOrderNotTransferable(), 460),
                entry(new FreeStorageAlreadyClaimed(), 29608),
                entry(new FreeStorageClaimLimitReached(), 29609), entry(new FreeStorageQuotaInsufficient(), 29610),
                entry(new FreeStorageNotClaimed(), 29611),
                entry(new WindowBeyondSupportedRange(Cause.COPIES, LAST), 460));

        codes.forEach((failure, code) -> assertThat(DomainFailureCodes.codeOf(failure).code()).as(failure.toString())
                .isEqualTo(code));
        assertThat(DomainFailureCodes.codeOf(new CallerNotAllowed())).isEqualTo(ResultCode.AUTH_FAILED);
        assertThat(DomainFailureCodes.codeOf(new FreeOrderNotTransferable())).isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(DomainFailureCodes.detailsOf(new FreeOrderNotTransferable()))
                .containsExactly(new Detail("violation.order.free", "srcOrderId"));
        assertThat(DomainFailureCodes.detailsOf(new OrderFrozen())).isEmpty();
        assertThat(DomainFailureCodes.codeOf(new WindowBeyondSupportedRange(Cause.QUEUE, LAST)))
                .isEqualTo(ResultCode.PARAMETER_ERROR);
        assertThat(codes.keySet()).extracting(Object::getClass).as("every kind of domain failure")
                .containsExactlyInAnyOrder(DomainFailure.class.getPermittedSubclasses());
    }

    @Test
    void aWindowBeyondTheSupportedRangeNamesItsCause() {
        assertThat(DomainFailureCodes.detailsOf(new WindowBeyondSupportedRange(Cause.COPIES, LAST)))
                .containsExactly(new Detail("violation.window.length", "copies", "9999-12-31T15:59:59Z"));
        assertThat(DomainFailureCodes.detailsOf(new WindowBeyondSupportedRange(Cause.QUOTA, LAST)))
                .containsExactly(new Detail("violation.window.length", "quota", "9999-12-31T15:59:59Z"));
        assertThat(DomainFailureCodes.detailsOf(new WindowBeyondSupportedRange(Cause.QUEUE, LAST)))
                .containsExactly(new Detail("violation.window.queue", "queue", "9999-12-31T15:59:59Z"));
    }
}
