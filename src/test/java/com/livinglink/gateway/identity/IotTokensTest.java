package com.livinglink.gateway.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.livinglink.gateway.common.DependencyUnavailable;
import com.livinglink.gateway.failure.InvalidIotToken;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/**
 * An RS256 iotToken whose keys cannot be fetched is the gateway's dependency failing (a 503 at the edge), never
 * the caller's token being wrong (401): contract section 8 and the budget rule of section 2.
 */
class IotTokensTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void aJwksEndpointNobodyListensOnIsADependencyFailure() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var tokens = tokensWithJwksAt(closedPort);

        assertThatThrownBy(() -> tokens.callerOf(Optional.of(rs256Token())))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void aJwksEndpointThatNeverAnswersIsADependencyFailure() throws Exception {
        try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var tokens = tokensWithJwksAt(silent.getLocalPort());

            assertThatThrownBy(() -> tokens.callerOf(Optional.of(rs256Token())))
                    .isInstanceOf(DependencyUnavailable.class);
        }
    }

    @Test
    void aJwksEndpointThatStaysClosedIsADependencyFailureOnEveryCallNotOnlyUntilTheRefetchLimit() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var tokens = tokensWithJwksAt(closedPort);
        var token = rs256Token();

        for (int call = 1; call <= 4; call++) {
            assertThatThrownBy(() -> tokens.callerOf(Optional.of(token))).as("call %d", call)
                    .isInstanceOf(DependencyUnavailable.class);
        }
    }

    @Test
    void aKeyMissingFromAKeySetFetchedInTimeIsTheTokensFaultOnEveryCall() throws Exception {
        var jwks = IdentityApiTest.jwksServer();
        try {
            var tokens = tokensWithJwksAt(jwks.getAddress().getPort());
            var token = rs256Token();

            for (int call = 1; call <= 4; call++) {
                assertThatThrownBy(() -> tokens.callerOf(Optional.of(token))).as("call %d", call)
                        .isInstanceOf(InvalidIotToken.class);
            }
        }
        finally {
            jwks.stop(0);
        }
    }

    private static IotTokens tokensWithJwksAt(int port) {
        var jwks = URI.create("http://127.0.0.1:" + port + "/.well-known/jwks.json");
        return new IotTokens(new IdentityProperties(null, jwks), CLOCK);
    }

    private static String rs256Token() throws JOSEException {
        var key = new RSAKeyGenerator(2048).keyID("account-service").generate();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("user-1")
                        .expirationTime(Date.from(Instant.now(CLOCK).plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
