package com.livinglink.gateway.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The APIs of the contract (section 1): path, accepted apiVer range, whether plain HTTP is refused, and the
 * time within which every request is answered (its documented timeout: 3000 ms unless the API says otherwise).
 */
public enum ApiEndpoint {

    BIND_ORDER(Paths.BIND_ORDER, "1.0.0", "1.0.0", true),
    GET_ORDER(Paths.GET_ORDER, "1.0.0", "1.0.6", false),
    COMMODITY_QUERY(Paths.COMMODITY_QUERY, "1.0.0", "1.0.4", false),
    COMMODITY_CHECK(Paths.COMMODITY_CHECK, "1.0.0", "1.0.3", false),
    COMMODITY_BUY(Paths.COMMODITY_BUY, "1.0.0", "1.0.8", false, Duration.ofMillis(10_000)),
    ORDER_QUERY(Paths.ORDER_QUERY, "1.0.0", "1.0.6", false),
    FREECLOUDSTORAGE_GET(Paths.FREECLOUDSTORAGE_GET, "1.0.0", "1.0.1", true),
    FREECLOUDSTORAGE_CONSUME(Paths.FREECLOUDSTORAGE_CONSUME, "1.0.0", "1.0.4", true),
    FREECLOUDSTORAGE_ENABLE(Paths.FREECLOUDSTORAGE_ENABLE, "1.0.0", "1.0.0", true),
    FREECLOUDSTORAGE_STATUS_SET(Paths.FREECLOUDSTORAGE_STATUS_SET, "1.0.0", "1.0.0", true),
    FREESTORAGE_QUOTA_CHECK(Paths.FREESTORAGE_QUOTA_CHECK, "1.0.0", "1.0.0", true),
    COMMODITY_ENABLE(Paths.COMMODITY_ENABLE, "1.0.0", "1.0.0", true),
    STATUS_SET(Paths.STATUS_SET, "1.0.0", "1.0.1", true),
    TRANSFER(Paths.TRANSFER, "1.0.0", "1.0.1", true);

    /** The paths as compile-time constants, for request mappings. */
    public static final class Paths {
        public static final String PREFIX = "/vision/";
        public static final String BIND_ORDER = "/vision/customer/cloudstorage/bind/order";
        public static final String GET_ORDER = "/vision/customer/cloudstorage/order/get";
        public static final String COMMODITY_QUERY = "/vision/customer/cloudstorage/commodity/query";
        public static final String COMMODITY_CHECK = "/vision/customer/cloudstorage/commodity/check";
        public static final String COMMODITY_BUY = "/vision/customer/cloudstorage/commodity/buy";
        public static final String ORDER_QUERY = "/vision/customer/cloudstorage/order/query";
        public static final String FREECLOUDSTORAGE_GET = "/vision/customer/freecloudstorage/get";
        public static final String FREECLOUDSTORAGE_CONSUME = "/vision/customer/freecloudstorage/consume";
        public static final String FREECLOUDSTORAGE_ENABLE = "/vision/customer/freecloudstorage/enable";
        public static final String FREECLOUDSTORAGE_STATUS_SET = "/vision/customer/freecloudstorage/status/set";
        public static final String FREESTORAGE_QUOTA_CHECK = "/vision/customer/freestorage/quota/check";
        public static final String COMMODITY_ENABLE = "/vision/customer/cloudstorage/commodity/enable";
        public static final String STATUS_SET = "/vision/customer/cloudstorage/status/set";
        public static final String TRANSFER = "/vision/customer/cloudstorage/transfer";

        private Paths() {
        }
    }

    private final String path;
    private final ApiVersion oldest;
    private final ApiVersion newest;
    private final boolean httpsOnly;
    private final Duration budget;

    ApiEndpoint(String path, String oldest, String newest, boolean httpsOnly) {
        // The seeds' timeout, the budget of every API whose page states no other (contract sections 1, 11.1).
        this(path, oldest, newest, httpsOnly, Duration.ofMillis(3000));
    }

    ApiEndpoint(String path, String oldest, String newest, boolean httpsOnly, Duration budget) {
        this.path = path;
        this.oldest = ApiVersion.of(oldest);
        this.newest = ApiVersion.of(newest);
        this.httpsOnly = httpsOnly;
        this.budget = budget;
    }

    /** Asked by several filters on every request: a map, not a walk over the values. */
    private static final Map<String, ApiEndpoint> BY_PATH = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ApiEndpoint::path, Function.identity()));

    private static Optional<ApiEndpoint> forPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /**
     * The API a request is for, judged as Spring MVC routes it: by the servlet path, which the container
     * has decoded and normalised and stripped of {@code ;parameters}. The raw request URI would let
     * {@code /order/get;x=1} reach the handler while a filter keyed on the URI did not recognise it.
     */
    public static Optional<ApiEndpoint> of(HttpServletRequest request) {
        var pathInfo = request.getPathInfo();
        return forPath(pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo);
    }

    /** The API's name in configuration, logs and metrics: {@code bind-order}, {@code get-order}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String path() {
        return path;
    }

    public boolean httpsOnly() {
        return httpsOnly;
    }

    /** The time within which the API answers, 503 past it: the documented timeout (contract 11.1). */
    public Duration budget() {
        return budget;
    }

    /** The version the contract documents for this API: the newest it accepts. */
    public ApiVersion documentedVersion() {
        return newest;
    }

    public boolean accepts(ApiVersion version) {
        return version.compareTo(oldest) >= 0 && version.compareTo(newest) <= 0;
    }

    /** The accepted range as the error message names it: {@code 1.0.0} or {@code 1.0.0 - 1.0.6}. */
    public String acceptedRange() {
        return oldest.equals(newest) ? oldest.toString() : oldest + " - " + newest;
    }
}
