package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.CommodityNotAvailable;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.failure.DomainFailure;
import com.livinglink.gateway.failure.InvalidIotToken;
import com.livinglink.gateway.failure.OrderBoundToAnotherDevice;
import com.livinglink.gateway.failure.OrderExpired;
import com.livinglink.gateway.failure.OrderFrozen;
import com.livinglink.gateway.failure.OrderNotFound;
import com.livinglink.gateway.failure.OrderNotPaid;
import org.junit.jupiter.api.Test;

/** Every refusal of the domain, none left out, has the code contract section 6 gives it. */
class DomainFailureCodesTest {

    @Test
    void eachDomainFailureHasItsContractCode() {
        var codes = Map.<DomainFailure, Integer>ofEntries(Map.entry(new InvalidIotToken(), 401),
                Map.entry(new CallerNotAllowed(), 460), Map.entry(new DeviceNotRegistered(), 28560),
                Map.entry(new OrderNotFound(), 29600), Map.entry(new OrderBoundToAnotherDevice(), 29601),
                Map.entry(new OrderNotPaid(), 29602), Map.entry(new OrderFrozen(), 29603),
                Map.entry(new OrderExpired(), 29604), Map.entry(new DeviceHasNoAdministrator(), 29605),
                Map.entry(new CommodityNotAvailable(), 29606));

        codes.forEach((failure, code) -> assertThat(DomainFailureCodes.codeOf(failure).code()).as(failure.toString())
                .isEqualTo(code));
        assertThat(DomainFailureCodes.codeOf(new CallerNotAllowed())).isEqualTo(ResultCode.AUTH_FAILED);
        assertThat(codes.keySet()).extracting(Object::getClass).as("every kind of domain failure")
                .containsExactlyInAnyOrder(DomainFailure.class.getPermittedSubclasses());
    }
}
