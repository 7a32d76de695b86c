package com.livinglink.gateway.sharedstate;

import com.livinglink.gateway.signature.NonceStore;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;

/**
 * Nonces in the shared Redis, so that a request replayed to another instance is refused too: one
 * {@code SET key 1 NX PX 900000} per request, atomic on the Redis server, waited for no longer than the
 * request's budget allows.
 * <p>
 * It fails closed: when Redis cannot answer, the nonce cannot be checked, and the request is refused
 * with 503 {@code service not available.} rather than let a replay through.
 */
class RedisNonceStore implements NonceStore {

    private static final String PREFIX = "nonce:";
    private static final byte[] USED = {'1'};
    private static final SetArgs FIRST_USE = SetArgs.Builder.nx().px(RETENTION.toMillis());

    private final SharedRedis redis;

    RedisNonceStore(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstUse(String appKey, String nonce) {
        try {
            return redis.call(async -> async.set(redis.key(PREFIX + appKey + ":" + nonce), USED, FIRST_USE)) != null;
        }
        catch (RedisException unavailable) {
            throw SharedStateUnavailable.because("nonce store", unavailable);
        }
    }

    @Override
    public void clear() {
        redis.deleteKeys(redis.key(PREFIX));
    }
}
