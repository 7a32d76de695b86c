package com.livinglink.gateway.identity;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.livinglink.gateway.common.DependencyUnavailable;
import com.livinglink.gateway.failure.InvalidIotToken;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.stereotype.Component;

/**
 * iotTokens (contract section 8): JWTs of the customer's account service whose {@code sub} is the user's
 * identityId and whose {@code exp} is required; HS256 with a shared secret, or RS256 with the keys the
 * account service publishes (JWKS). Expiry is judged by the gateway's clock, the one its orders live by.
 * <p>
 * The JWKS is cached; fetching it takes at most what is left of the request's budget
 * ({@link BudgetedResourceRetriever}), and a request waits at most {@link #JWKS_REFRESH_WAIT} for another's
 * fetch. A JWKS endpoint that cannot answer in time is a 503 ({@link DependencyUnavailable}), not the
 * caller's fault; a token whose key is not in the JWKS is, once the cache has been refreshed.
 */
@Component
public class IotTokens {

    /** How long a request waits for the JWKS fetch another one started: that fetch's own bounds. */
    static final Duration JWKS_REFRESH_WAIT = BudgetedResourceRetriever.CEILING.multipliedBy(2);

    /** Contract section 8: {@code nbf} and {@code iat} are honoured with this much clock skew. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final IdentityProperties properties;
    private final Clock clock;
    private final BudgetedResourceRetriever jwksRetriever = new BudgetedResourceRetriever();
    private final Map<JWSAlgorithm, DefaultJWTProcessor<SecurityContext>> processors;

    public IotTokens(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.processors = processors(properties);
    }

    /**
     * The identity a request acts for: none without a token (the signing app alone), else the token's
     * subject.
     *
     * @throws InvalidIotToken when the token is malformed, expired, not valid yet, or cannot be verified
     */
    public Optional<IdentityId> callerOf(Optional<String> iotToken) {
        return iotToken.map(this::verify);
    }

    /** Issues an HS256 token, for operators and test suites. */
    public String issue(IdentityId identity, Duration ttl) {
        if (!canIssue()) {
            throw new IllegalStateException("gateway.identity.hs256-secret is not configured");
        }
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder().subject(identity.value()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl))).build();
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(properties.hs256Secret().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        catch (JOSEException failure) {
            throw new IllegalStateException("cannot sign an iotToken", failure);
        }
    }

    public boolean canIssue() {
        return properties.hasHs256Secret();
    }

    private IdentityId verify(String token) {
        try {
            var jwt = SignedJWT.parse(token);
            var processor = processors.get(jwt.getHeader().getAlgorithm());
            if (processor == null) {
                throw new InvalidIotToken();
            }
            return new IdentityId(processor.process(jwt, null).getSubject());
        }
        catch (RateLimitReachedException refetchedTooOften) {
            // Nimbus refetches at most twice in 30 s: past that, a key missing from a set fetched in time is the
            // token's fault, but with no set fetched the keys are simply unknown.
            if (jwksRetriever.lastFetchFailed()) {
                throw new DependencyUnavailable("JWKS endpoint", refetchedTooOften);
            }
            throw new InvalidIotToken();
        }
        catch (KeySourceException unreachable) {
            throw new DependencyUnavailable("JWKS endpoint", unreachable);
        }
        catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException unverifiable) {
            throw new InvalidIotToken();
        }
    }

    private Map<JWSAlgorithm, DefaultJWTProcessor<SecurityContext>> processors(IdentityProperties properties) {
        var hs256 = properties.hasHs256Secret() ? processor(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256,
                new ImmutableSecret<>(properties.hs256Secret().getBytes(StandardCharsets.UTF_8)))) : null;
        var rs256 = properties.jwksUri() == null ? null : processor(new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS256, JWKSourceBuilder.create(url(properties), jwksRetriever)
                .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, JWKS_REFRESH_WAIT.toMillis()).build()));
        var processors = new HashMap<JWSAlgorithm, DefaultJWTProcessor<SecurityContext>>();
        if (hs256 != null) {
            processors.put(JWSAlgorithm.HS256, hs256);
        }
        if (rs256 != null) {
            processors.put(JWSAlgorithm.RS256, rs256);
        }
        return Map.copyOf(processors);
    }

    private DefaultJWTProcessor<SecurityContext> processor(JWSVerificationKeySelector<SecurityContext> keys) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(keys);
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            var now = clock.instant();
            var expiry = claims.getExpirationTime();
            var subject = claims.getSubject();
            if (expiry == null || !now.isBefore(expiry.toInstant())) {
                throw new BadJWTException("expired or without exp");
            }
            if (claimsFuture(claims.getNotBeforeTime(), now) || claimsFuture(claims.getIssueTime(), now)) {
                throw new BadJWTException("not valid yet");
            }
            if (subject == null || subject.isEmpty() || subject.length() > IdentityId.MAX_LENGTH) {
                throw new BadJWTException("sub must be an identityId");
            }
        });
        return processor;
    }

    /** The account service's clock and ours may disagree a little; a token from the future beyond that is refused. */
    private static boolean claimsFuture(Date claimed, Instant now) {
        return claimed != null && claimed.toInstant().isAfter(now.plus(CLOCK_SKEW));
    }

    private static URL url(IdentityProperties properties) {
        try {
            return properties.jwksUri().toURL();
        }
        catch (MalformedURLException | IllegalArgumentException invalid) {
            throw new IllegalStateException("gateway.identity.jwks-uri is not a URL: " + properties.jwksUri(), invalid);
        }
    }
}
