package com.livinglink.gateway.order;

/** An order's status as {@code order/get} reports it; derived when read, never stored. */
public enum OrderStatus {

    VALID(0), EXPIRED(1), FROZEN(2), UNPAID(3);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
