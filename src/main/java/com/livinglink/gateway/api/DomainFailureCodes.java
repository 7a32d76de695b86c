package com.livinglink.gateway.api;

import static java.util.Map.entry;

import java.util.List;
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

/** The contract's code (section 6) of each of the domain's refusals: the one place where the two meet. */
public final class DomainFailureCodes {

    private static final Map<Class<? extends DomainFailure>, ResultCode> CODES = Map.ofEntries(
            entry(InvalidIotToken.class, ResultCode.REQUEST_AUTH_ERROR),
            entry(CallerNotAllowed.class, ResultCode.AUTH_FAILED),
            entry(DeviceNotRegistered.class, ResultCode.DEVICE_NOT_EXIST),
            entry(DeviceHasNoAdministrator.class, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR),
            entry(OrderNotFound.class, ResultCode.ORDER_NOT_EXIST),
            entry(OrderBoundToAnotherDevice.class, ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE),
            entry(OrderNotPaid.class, ResultCode.ORDER_NOT_PAID),
            entry(OrderFrozen.class, ResultCode.ORDER_FROZEN),
            entry(OrderExpired.class, ResultCode.ORDER_EXPIRED),
            entry(CommodityNotAvailable.class, ResultCode.COMMODITY_NOT_AVAILABLE),
            entry(CrossAccountTransferNotAllowed.class, ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED),
            entry(FreeOrderNotTransferable.class, ResultCode.PARAMETER_ERROR),
            entry(FreeStorageAlreadyClaimed.class, ResultCode.FREE_STORAGE_ALREADY_CLAIMED),
            entry(FreeStorageClaimLimitReached.class, ResultCode.FREE_STORAGE_CLAIM_LIMIT_REACHED),
            entry(FreeStorageQuotaInsufficient.class, ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT),
            entry(FreeStorageNotClaimed.class, ResultCode.FREE_STORAGE_NOT_CLAIMED),
            entry(WindowBeyondSupportedRange.class, ResultCode.PARAMETER_ERROR));

    /**
     * Refusals that the contract words as a parameter error: the message names the parameter at fault
     * (contract 11.9 rule 2: {@code srcOrderId free orders cannot be transferred}).
     */
    private static final Map<Class<? extends DomainFailure>, Detail> DETAILS = Map.of(
            FreeOrderNotTransferable.class, new Detail("violation.order.free", "srcOrderId"));

    private DomainFailureCodes() {
    }

    public static ResultCode codeOf(DomainFailure failure) {
        var code = CODES.get(failure.getClass());
        if (code == null) {
            throw new IllegalStateException("no contract code for " + failure.getClass().getName());
        }
        return code;
    }

    /** What the refusal's message names besides its code's text: nothing for most. */
    public static List<Detail> detailsOf(DomainFailure failure) {
        if (failure instanceof WindowBeyondSupportedRange beyond) {
            return List.of(causeOf(beyond));
        }
        var detail = DETAILS.get(failure.getClass());
        return detail == null ? List.of() : List.of(detail);
    }

    /**
     * A window past the supported range (contract 11.2.7) names its cause: the parameter that made it too long
     * ({@code copies}, a claim's {@code quota}), or the device's queue it would have started at the end of.
     */
    private static Detail causeOf(WindowBeyondSupportedRange failure) {
        var last = failure.lastSupported().toString();
        return switch (failure.cause()) {
            case COPIES -> new Detail("violation.window.length", "copies", last);
            case QUOTA -> new Detail("violation.window.length", "quota", last);
            case QUEUE -> new Detail("violation.window.queue", "queue", last);
        };
    }
}
