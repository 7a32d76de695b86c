package com.livinglink.gateway.envelope;

import java.util.Arrays;
import java.util.Optional;

/** The APIs of the contract (section 1): path, accepted apiVer range, and whether plain HTTP is refused. */
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

    private final String path;
    private final ApiVersion oldest;
    private final ApiVersion newest;
    private final boolean httpsOnly;

    ApiEndpoint(String path, String oldest, String newest, boolean httpsOnly) {
        this.path = path;
        this.oldest = ApiVersion.of(oldest);
        this.newest = ApiVersion.of(newest);
        this.httpsOnly = httpsOnly;
    }

    public static Optional<ApiEndpoint> forPath(String path) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public boolean httpsOnly() {
        return httpsOnly;
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
