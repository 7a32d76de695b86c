package com.livinglink.gateway.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fourteen cloud-storage APIs: path, the apiVer the platform documents (the kit's client sends it), and
 * whether the API refuses plain HTTP (the kit's client then calls it over HTTPS).
 *
 * <p>An API is named three ways, and {@link #of(String)} takes each: its path-style name as the platform's
 * pages write it ({@code order/get}, {@code bind/order}, {@code freecloudstorage/status/set}), its id as the
 * gateway's configuration, journal and faults write it ({@code get-order}, {@code bind-order},
 * {@code freecloudstorage-status-set}), and its path.
 */
public enum Api {

    /** bind/order: bind a bought order to the camera's administrator. */
    BIND_ORDER("cloudstorage/bind/order", "1.0.0", true),
    /** order/get: read one order. */
    GET_ORDER("cloudstorage/order/get", "1.0.6", false),
    /** commodity/query: the cloud-storage plans. */
    COMMODITY_QUERY("cloudstorage/commodity/query", "1.0.4", false),
    /** commodity/check: can a plan be bought for the device. */
    COMMODITY_CHECK("cloudstorage/commodity/check", "1.0.3", false),
    /** commodity/buy: buy a plan for a device. */
    COMMODITY_BUY("cloudstorage/commodity/buy", "1.0.8", false),
    /** order/query: page through a device's orders. */
    ORDER_QUERY("cloudstorage/order/query", "1.0.6", false),
    /** commodity/enable: a bought plan takes effect now. */
    COMMODITY_ENABLE("cloudstorage/commodity/enable", "1.0.0", true),
    /** status/set: freeze a user's order. */
    STATUS_SET("cloudstorage/status/set", "1.0.1", true),
    /** transfer: move a bought plan to another device. */
    TRANSFER("cloudstorage/transfer", "1.0.1", true),
    /** freecloudstorage/get: the device's free plan. */
    FREECLOUDSTORAGE_GET("freecloudstorage/get", "1.0.1", true),
    /** freecloudstorage/consume: claim the free plan. */
    FREECLOUDSTORAGE_CONSUME("freecloudstorage/consume", "1.0.4", true),
    /** freecloudstorage/enable: the free plan takes effect now. */
    FREECLOUDSTORAGE_ENABLE("freecloudstorage/enable", "1.0.0", true),
    /** freecloudstorage/status/set: freeze the free plan. */
    FREECLOUDSTORAGE_STATUS_SET("freecloudstorage/status/set", "1.0.0", true),
    /** freestorage/quota/check: may the device claim free storage. */
    FREESTORAGE_QUOTA_CHECK("freestorage/quota/check", "1.0.0", true);

    private static final String PREFIX = "/vision/customer/";
    private static final String CLOUDSTORAGE = "cloudstorage/";

    private final String underCustomer;
    private final String apiVer;
    private final boolean httpsOnly;

    Api(String underCustomer, String apiVer, boolean httpsOnly) {
        this.underCustomer = underCustomer;
        this.apiVer = apiVer;
        this.httpsOnly = httpsOnly;
    }

    /**
     * The API of a name: {@code order/get}, {@code cloudstorage/order/get}, {@code get-order},
     * {@code GET_ORDER} or {@code /vision/customer/cloudstorage/order/get}.
     *
     * @throws IllegalArgumentException naming the APIs there are, when no API has that name
     */
    public static Api of(String name) {
        return Arrays.stream(values()).filter(api -> api.isNamed(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No API " + name + "; the APIs are "
                        + Arrays.stream(values()).map(Api::pathName).collect(Collectors.joining(", "))
                        + " (or their ids: " + Arrays.stream(values()).map(Api::id).collect(Collectors.joining(", "))
                        + ")"));
    }

    private boolean isNamed(String name) {
        return name.equals(pathName()) || name.equals(underCustomer) || name.equals(id()) || name.equals(name())
                || name.equals(path());
    }

    /** The path the API is served on: {@code /vision/customer/cloudstorage/order/get}. */
    public String path() {
        return PREFIX + underCustomer;
    }

    /** The name as the platform's pages write it: {@code order/get}, {@code freecloudstorage/get}. */
    public String pathName() {
        return underCustomer.startsWith(CLOUDSTORAGE) ? underCustomer.substring(CLOUDSTORAGE.length()) : underCustomer;
    }

    /** The id the gateway's journal, faults and configuration use: {@code get-order}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The apiVer the platform documents, the newest the gateway accepts. */
    public String apiVer() {
        return apiVer;
    }

    /** Whether the API refuses plain HTTP (403 {@code I403PT}). */
    public boolean httpsOnly() {
        return httpsOnly;
    }
}
