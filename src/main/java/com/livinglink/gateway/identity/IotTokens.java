package com.livinglink.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import com.livinglink.gateway.envelope.GatewayException;
import com.livinglink.gateway.envelope.ResultCode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * iotTokens (contract section 8): JWTs of the customer's account service whose {@code sub} is the user's
 * identityId and whose {@code exp} is required.
 */
@Component
public class IotTokens {

    private final IdentityProperties properties;
    private final Clock clock;

    public IotTokens(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The identity a request acts for: none without a token (the signing app alone), else the token's
     * subject.
     *
     * @throws GatewayException 401 when the token is malformed, expired, or cannot be verified
     */
    public Optional<IdentityId> callerOf(Optional<String> iotToken) {
        return iotToken.map(this::verify);
    }

    /** Issues an HS256 token, for operators and test suites. */
    public String issue(IdentityId identity, Duration ttl) {
        if (!properties.hasHs256Secret()) {
            throw new IllegalStateException("gateway.identity.hs256-secret is not configured");
        }
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder().subject(identity.value()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl))).build();
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret()));
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
            if (!properties.hasHs256Secret() || !JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(secret()))) {
                throw unauthenticated();
            }
            var claims = jwt.getJWTClaimsSet();
            var expiry = claims.getExpirationTime();
            var subject = claims.getSubject();
            if (expiry == null || !clock.instant().isBefore(expiry.toInstant()) || subject == null
                    || subject.isEmpty() || subject.length() > IdentityId.MAX_LENGTH) {
                throw unauthenticated();
            }
            return new IdentityId(subject);
        }
        catch (ParseException | JOSEException | IllegalArgumentException malformed) {
            throw unauthenticated();
        }
    }

    private byte[] secret() {
        return properties.hs256Secret().getBytes(StandardCharsets.UTF_8);
    }

    private static GatewayException unauthenticated() {
        return new GatewayException(ResultCode.REQUEST_AUTH_ERROR);
    }
}
