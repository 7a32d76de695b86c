package com.livinglink.gateway.order;

import java.util.Arrays;

public enum OrderType {

    PAID(0), FREE(1);

    private final int code;

    OrderType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderType of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("orderType must be 0 or 1"));
    }
}
