package com.livinglink.gateway.api;

/**
 * The codes of the contract's section 6. Each code's English and localized message live in the
 * {@code messages} bundles under {@code result.<NAME>}; a code whose message can carry detail (a
 * parameter error names its fields) also has {@code result.<NAME>.detailed}.
 */
public enum ResultCode {

    SUCCESS(200),
    REQUEST_ERROR(400),
    REQUEST_AUTH_ERROR(401),
    REQUEST_FORBIDDEN(403),
    SERVICE_NOT_FOUND(404),
    TOO_MANY_REQUESTS(429),
    PARAMETER_ERROR(460),
    AUTH_FAILED(460),
    SERVICE_ERROR(500),
    SERVICE_NOT_AVAILABLE(503),
    DEVICE_NOT_EXIST(28560),
    ORDER_NOT_EXIST(29600),
    ORDER_BOUND_TO_ANOTHER_DEVICE(29601),
    ORDER_NOT_PAID(29602),
    ORDER_FROZEN(29603),
    ORDER_EXPIRED(29604),
    DEVICE_HAS_NO_ADMINISTRATOR(29605),
    COMMODITY_NOT_AVAILABLE(29606),
    CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED(29607),
    FREE_STORAGE_ALREADY_CLAIMED(29608),
    FREE_STORAGE_CLAIM_LIMIT_REACHED(29609),
    FREE_STORAGE_QUOTA_INSUFFICIENT(29610),
    FREE_STORAGE_NOT_CLAIMED(29611);

    private final int code;

    ResultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    String messageKey() {
        return "result." + name();
    }

    String detailedMessageKey() {
        return messageKey() + ".detailed";
    }
}
