package com.livinglink.gateway.failure;

/** The plan is not in the catalog or may not be bought. */
public final class CommodityNotAvailable extends DomainFailure {

    public CommodityNotAvailable() {
        super("the plan is not in the catalog or may not be bought");
    }
}
