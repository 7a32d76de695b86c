package com.livinglink.gateway.failure;

/**
 * A request the domain refuses, named as the fact that stops it. The set is closed so that the API edge can
 * give each one its contract code in one place, and a test can prove that none is missing. It is an answer,
 * not a fault, so it carries no stack trace.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits InvalidIotToken, CallerNotAllowed, DeviceNotRegistered, DeviceHasNoAdministrator, OrderNotFound,
        OrderBoundToAnotherDevice, OrderNotPaid, OrderFrozen, OrderExpired, CommodityNotAvailable,
        CrossAccountTransferNotAllowed, FreeOrderNotTransferable, FreeStorageAlreadyClaimed,
        FreeStorageClaimLimitReached, FreeStorageQuotaInsufficient, FreeStorageNotClaimed,
        WindowBeyondSupportedRange {

    protected DomainFailure(String fact) {
        super(fact, null, false, false);
    }
}
