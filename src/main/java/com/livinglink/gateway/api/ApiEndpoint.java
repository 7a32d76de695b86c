package com.livinglink.gateway.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The APIs of the contract (section 1): path, accepted apiVer range, whether plain HTTP is refused, and the
 * time within which every request is answered (its documented timeout: 3000 ms unless the API says otherwise).
 */
public enum ApiEndpoint {

    BIND_ORDER(Paths.BIND_ORDER, "1.0.0", "1.0.0", true),
    GET_ORDER(Paths.GET_ORDER, "1.0.0", "1.0.6", false);

    /** The paths as compile-time constants, for request mappings. */
    public static final class Paths {
        public static final String PREFIX = "/vision/";
        public static final String BIND_ORDER = "/vision/customer/cloudstorage/bind/order";
        public static final String GET_ORDER = "/vision/customer/cloudstorage/order/get";

        private Paths() {
        }
    }

    /** The seeds' timeout, which contract section 1 makes every API's unless its own page says otherwise. */
    public static final long DEFAULT_BUDGET_MILLIS = 3000;

    private final String path;
    private final ApiVersion oldest;
    private final ApiVersion newest;
    private final boolean httpsOnly;
    private final Duration budget;

    ApiEndpoint(String path, String oldest, String newest, boolean httpsOnly) {
        this(path, oldest, newest, httpsOnly, DEFAULT_BUDGET_MILLIS);
    }

    ApiEndpoint(String path, String oldest, String newest, boolean httpsOnly, long budgetMillis) {
        this.path = path;
        this.oldest = ApiVersion.of(oldest);
        this.newest = ApiVersion.of(newest);
        this.httpsOnly = httpsOnly;
        this.budget = Duration.ofMillis(budgetMillis);
    }

    private static Optional<ApiEndpoint> forPath(String path) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.path.equals(path)).findFirst();
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

    /** How long a request may take, from its arrival to its answer, whatever it waits for. */
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
