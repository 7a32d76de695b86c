package com.livinglink.gateway.signature;

import java.time.Duration;

/** Remembers the nonces each app has used, so that a signed request is accepted only once. */
public interface NonceStore {

    /** How long a nonce is remembered: as long as its timestamp can still be accepted. */
    Duration RETENTION = Duration.ofMinutes(15);

    /** Records the nonce; {@code false} if the app had used it within {@link #RETENTION}. */
    boolean firstUse(String appKey, String nonce);

    /** Forgets every nonce (test control's reset: contract section 12). */
    void clear();
}
