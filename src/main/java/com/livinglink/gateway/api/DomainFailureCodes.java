package com.livinglink.gateway.api;

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

/** The contract's code (section 6) of each of the domain's refusals: the one place where the two meet. */
public final class DomainFailureCodes {

    private static final Map<Class<? extends DomainFailure>, ResultCode> CODES = Map.ofEntries(
            Map.entry(InvalidIotToken.class, ResultCode.REQUEST_AUTH_ERROR),
            Map.entry(CallerNotAllowed.class, ResultCode.AUTH_FAILED),
            Map.entry(DeviceNotRegistered.class, ResultCode.DEVICE_NOT_EXIST),
            Map.entry(DeviceHasNoAdministrator.class, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR),
            Map.entry(OrderNotFound.class, ResultCode.ORDER_NOT_EXIST),
            Map.entry(OrderBoundToAnotherDevice.class, ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE),
            Map.entry(OrderNotPaid.class, ResultCode.ORDER_NOT_PAID),
            Map.entry(OrderFrozen.class, ResultCode.ORDER_FROZEN),
            Map.entry(OrderExpired.class, ResultCode.ORDER_EXPIRED),
            Map.entry(CommodityNotAvailable.class, ResultCode.COMMODITY_NOT_AVAILABLE));

    private DomainFailureCodes() {
    }

    public static ResultCode codeOf(DomainFailure failure) {
        var code = CODES.get(failure.getClass());
        if (code == null) {
            throw new IllegalStateException("no contract code for " + failure.getClass().getName());
        }
        return code;
    }
}
