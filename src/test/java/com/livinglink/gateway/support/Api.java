package com.livinglink.gateway.support;

/**
 * The contract's fourteen APIs as the tests call them (sections 1 and 11.1): id, path and the apiVer each page
 * documents. The tests restate the contract here on purpose: the gateway's routes are what they check.
 */
public enum Api {

    BIND_ORDER("bind-order", "/vision/customer/cloudstorage/bind/order", "1.0.0"),
    GET_ORDER("get-order", "/vision/customer/cloudstorage/order/get", "1.0.6"),
    COMMODITY_QUERY("commodity-query", "/vision/customer/cloudstorage/commodity/query", "1.0.4"),
    COMMODITY_CHECK("commodity-check", "/vision/customer/cloudstorage/commodity/check", "1.0.3"),
    COMMODITY_BUY("commodity-buy", "/vision/customer/cloudstorage/commodity/buy", "1.0.8"),
    ORDER_QUERY("order-query", "/vision/customer/cloudstorage/order/query", "1.0.6"),
    COMMODITY_ENABLE("commodity-enable", "/vision/customer/cloudstorage/commodity/enable", "1.0.0"),
    STATUS_SET("status-set", "/vision/customer/cloudstorage/status/set", "1.0.1"),
    TRANSFER("transfer", "/vision/customer/cloudstorage/transfer", "1.0.1"),
    FREECLOUDSTORAGE_GET("freecloudstorage-get", "/vision/customer/freecloudstorage/get", "1.0.1"),
    FREECLOUDSTORAGE_CONSUME("freecloudstorage-consume", "/vision/customer/freecloudstorage/consume", "1.0.4"),
    FREECLOUDSTORAGE_ENABLE("freecloudstorage-enable", "/vision/customer/freecloudstorage/enable", "1.0.0"),
    FREECLOUDSTORAGE_STATUS_SET("freecloudstorage-status-set", "/vision/customer/freecloudstorage/status/set",
            "1.0.0"),
    FREESTORAGE_QUOTA_CHECK("freestorage-quota-check", "/vision/customer/freestorage/quota/check", "1.0.0");

    private final String id;
    private final String path;
    private final String documentedVersion;

    Api(String id, String path, String documentedVersion) {
        this.id = id;
        this.path = path;
        this.documentedVersion = documentedVersion;
    }

    public String id() {
        return id;
    }

    public String path() {
        return path;
    }

    public String documentedVersion() {
        return documentedVersion;
    }
}
