package com.livinglink.gateway.identity;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import com.livinglink.gateway.common.RequestDeadline;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * Fetches the account service's JWKS within what is left of the request's budget: connecting and each read
 * get half of it, up to Nimbus's own bounds ({@value JWKSourceBuilder#DEFAULT_HTTP_CONNECT_TIMEOUT} ms each),
 * and no fetch starts once the budget is spent.
 */
final class BudgetedResourceRetriever implements ResourceRetriever {

    static final Duration CEILING = Duration.ofMillis(JWKSourceBuilder.DEFAULT_HTTP_CONNECT_TIMEOUT);

    private volatile boolean lastFetchFailed;

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        var half = (int) RequestDeadline.bound(CEILING.multipliedBy(2)).toMillis() / 2;
        try {
            if (half <= 0) {
                throw new IOException("the request's budget is spent");
            }
            var resource = new DefaultResourceRetriever(half, half, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT)
                    .retrieveResource(url);
            lastFetchFailed = false;
            return resource;
        }
        catch (IOException failed) {
            lastFetchFailed = true;
            throw failed;
        }
    }

    /**
     * Whether the latest fetch got no key set (the endpoint unreachable, silent, or answering an error): while
     * it is so, a refetch refused by the rate limit means the keys cannot be known, not that the token is wrong.
     */
    boolean lastFetchFailed() {
        return lastFetchFailed;
    }
}
