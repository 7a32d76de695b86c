package com.example.camerabackend;

import java.time.Instant;

/**
 * A camera's cloud-storage order as the backend shows it to the user.
 *
 * @param orderId the platform's order id
 * @param state what the user can do with it
 * @param endsAt when its service period ends
 */
public record StoredOrder(String orderId, State state, Instant endsAt) {

    /** The platform's order status (0 valid, 1 expired, 2 frozen, 3 not paid). */
    public enum State {
        ACTIVE, EXPIRED, FROZEN, UNPAID;

        static State of(int status) {
            return values()[status];
        }
    }
}
