package com.livinglink.gateway.signature;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The nonce store of a single gateway instance. Only requests whose signature was verified reach it, so
 * its size is bounded by what registered apps send (and their rate limits) over the retention time.
 */
public class InMemoryNonceStore implements NonceStore {

    private final Cache<String, Boolean> used = Caffeine.newBuilder().expireAfterWrite(RETENTION).build();

    @Override
    public boolean firstUse(String appKey, String nonce) {
        return used.asMap().putIfAbsent(appKey + '\n' + nonce, Boolean.TRUE) == null;
    }
}
