package com.livinglink.gateway.order;

import java.util.Arrays;

public enum PaymentStatus {

    UNPAID(0), PAID(1), PAYING(2);

    private final int code;

    PaymentStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PaymentStatus of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("paymentStatus must be 0, 1 or 2"));
    }
}
