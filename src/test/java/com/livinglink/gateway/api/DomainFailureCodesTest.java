package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.livinglink.gateway.failure.CallerNotAllowed;
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
        var codes = Map.of(new InvalidIotToken(), 401, new CallerNotAllowed(), 460, new DeviceNotRegistered(), 28560,
                new OrderNotFound(), 29600, new OrderBoundToAnotherDevice(), 29601, new OrderNotPaid(), 29602,
                new OrderFrozen(), 29603, new OrderExpired(), 29604, new DeviceHasNoAdministrator(), 29605);

        codes.forEach((failure, code) -> assertThat(DomainFailureCodes.codeOf(failure).code()).as(failure.toString())
                .isEqualTo(code));
        assertThat(DomainFailureCodes.codeOf(new CallerNotAllowed())).isEqualTo(ResultCode.AUTH_FAILED);
        assertThat(codes.keySet()).extracting(Object::getClass).as("every kind of domain failure")
                .containsExactlyInAnyOrder(DomainFailure.class.getPermittedSubclasses());
    }
}
