package com.livinglink.gateway.api;

/**
 * The codes of the contract's section 6 (and 11.16), each with when it is answered (its meaning, which the API
 * description shows). Each code's English and localized message live in the {@code messages} bundles under
 * {@code result.<NAME>}; a code whose message can carry detail (a parameter error names its fields) also has
 * {@code result.<NAME>.detailed}.
 */
public enum ResultCode {

    SUCCESS(200, "success"),
    REQUEST_ERROR(400, "malformed JSON or envelope; a content type other than JSON or octet-stream"),
    REQUEST_AUTH_ERROR(401, "the iotToken is invalid, expired or unverifiable"),
    REQUEST_FORBIDDEN(403, "the signing app may not call this API"),
    SERVICE_NOT_FOUND(404, "unsupported apiVer (HTTP 200, the range named), or unknown path (HTTP 404)"),
    TOO_MANY_REQUESTS(429, "the app's rate limit is exceeded (HTTP 429, see the signature refusals)"),
    PARAMETER_ERROR(460, "invalid params: every violation named, field and rule"),
    AUTH_FAILED(460, "the iotToken's identity may not act for this device or order"),
    SERVICE_ERROR(500, "unexpected fault (logged with the request id)"),
    SERVICE_NOT_AVAILABLE(503,
            "a dependency (the database, Redis, a JWKS endpoint) cannot answer within the API's budget"),
    DEVICE_NOT_EXIST(28560, "iotId is not registered"),
    ORDER_NOT_EXIST(29600, "no such order (for this device)"),
    ORDER_BOUND_TO_ANOTHER_DEVICE(29601, "the order is bound to another device"),
    ORDER_NOT_PAID(29602, "the order is not paid"),
    ORDER_FROZEN(29603, "the order is frozen"),
    ORDER_EXPIRED(29604, "the order's service has ended"),
    DEVICE_HAS_NO_ADMINISTRATOR(29605, "binding needs the device's administrator"),
    COMMODITY_NOT_AVAILABLE(29606, "commodity/buy: the plan is not in the catalog or may not be bought"),
    CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED(29607,
            "transfer: the destination's administrator does not own the order and supportCrossIdentityTransfer is "
                    + "false"),
    FREE_STORAGE_ALREADY_CLAIMED(29608, "this administrator claimed the device's free plan before"),
    FREE_STORAGE_CLAIM_LIMIT_REACHED(29609, "as many identities as allowed have claimed the device's free plan"),
    FREE_STORAGE_QUOTA_INSUFFICIENT(29610, "the device has fewer free months left than asked for (or none)"),
    FREE_STORAGE_NOT_CLAIMED(29611, "the device's free plan has no claim to enable or freeze");

    private final int code;
    private final String meaning;

    ResultCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** When the gateway answers it, as the API description says. */
    public String meaning() {
        return meaning;
    }

    String messageKey() {
        return "result." + name();
    }

    String detailedMessageKey() {
        return messageKey() + ".detailed";
    }
}
