package com.livinglink.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** User identity (contract sections 3, 4 and 8): iotTokens and the device-administrator rules. */
@HttpApiTest
@TestPropertySource(properties = "gateway.identity.hs256-secret=" + IdentityApiTest.SECRET)
class IdentityApiTest {

    static final String SECRET = "identity-test-secret-0123456789abcdef";
    static final RSAKey ACCOUNT_SERVICE_KEY = rsaKey("account-service");
    static final HttpServer JWKS = jwksServer();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;
    IotId device;
    OrderId bound;

    @DynamicPropertySource
    static void jwksUri(DynamicPropertyRegistry registry) {
        registry.add("gateway.identity.jwks-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/.well-known/jwks.json");
    }

    @AfterAll
    static void stopJwks() {
        JWKS.stop(0);
    }

    @BeforeEach
    void deviceOfAdministratorWithBoundOrder() {
        api = new ApiClient(port);
        device = fixtures.device("admin-a");
        bound = fixtures.boundOrder(device, "admin-a", Instant.now().minus(Duration.ofDays(1)));
    }

    ApiResult get(String token, boolean deviceNoOwner) {
        return api.get(Envelope.get().iotToken(token).param("iotId", device.value()).param("orderId", bound.value())
                .param("deviceNoOwner", deviceNoOwner));
    }

    @Test
    void withoutATokenTheSigningAppIsTrusted() {
        assertThat(get(null, false).code()).isEqualTo(200);
    }

    @Test
    void theAdministratorsTokenReadsTheOrder() {
        assertThat(get(hs256("admin-a", Duration.ofMinutes(5)), false).code()).isEqualTo(200);
    }

    @Test
    void anotherUsersTokenIsAuthFailed() {
        var result = get(hs256("someone-else", Duration.ofMinutes(5)), false);

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(result.localizedMsg()).isEqualTo("鉴权失败");
    }

    @Test
    void expiredTokenIsRequestAuthError() {
        var result = get(hs256("admin-a", Duration.ofMinutes(-1)), false);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(401);
        assertThat(result.message()).isEqualTo("request auth error.");
        assertThat(result.localizedMsg()).isEqualTo("请求认证错误");
    }

    @Test
    void tokenNotValidBeforeAnHourFromNowIsRequestAuthError() {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("admin-a").notBeforeTime(Date.from(now.plusSeconds(3600)))
                .expirationTime(Date.from(now.plusSeconds(7200))).build();

        var result = get(hs256(claims, SECRET), false);

        assertThat(result.code()).isEqualTo(401);
        assertThat(result.message()).isEqualTo("request auth error.");
    }

    @Test
    void tokenIssuedInTheFutureIsRequestAuthError() {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("admin-a").issueTime(Date.from(now.plusSeconds(600)))
                .expirationTime(Date.from(now.plusSeconds(7200))).build();

        assertThat(get(hs256(claims, SECRET), false).code()).isEqualTo(401);
    }

    @Test
    void notBeforeAndIssuedAtWithinSixtySecondsOfClockSkewAreAccepted() {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("admin-a").notBeforeTime(Date.from(now.plusSeconds(30)))
                .issueTime(Date.from(now.plusSeconds(30))).expirationTime(Date.from(now.plusSeconds(300))).build();

        assertThat(get(hs256(claims, SECRET), false).code()).isEqualTo(200);
    }

    @Test
    void notBeforeInThePastIsAccepted() {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("admin-a").notBeforeTime(Date.from(now.minusSeconds(600)))
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plusSeconds(300))).build();

        assertThat(get(hs256(claims, SECRET), false).code()).isEqualTo(200);
    }

    @Test
    void tokenWithoutExpiryIsRequestAuthError() {
        assertThat(get(hs256(new JWTClaimsSet.Builder().subject("admin-a").build(), SECRET), false).code())
                .isEqualTo(401);
    }

    @Test
    void tokenWithoutSubjectIsRequestAuthError() {
        var claims = new JWTClaimsSet.Builder().expirationTime(Date.from(Instant.now().plusSeconds(300))).build();

        assertThat(get(hs256(claims, SECRET), false).code()).isEqualTo(401);
    }

    @Test
    void tokenWithAnEmptySubjectIsRequestAuthError() {
        assertThat(get(hs256("", Duration.ofMinutes(5)), false).code()).isEqualTo(401);
    }

    /** The subject is an identityId: at most 128 characters (docs/api.md). */
    @Test
    void tokenWithASubjectOf128CharactersActsAsThatIdentity() {
        var result = get(hs256("u".repeat(128), Duration.ofMinutes(5)), false);

        assertThat(result.code()).as("verified, and not the administrator").isEqualTo(460);
    }

    @Test
    void tokenWithASubjectOfMoreThan128CharactersIsRequestAuthError() {
        assertThat(get(hs256("u".repeat(129), Duration.ofMinutes(5)), false).code())
                .isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherSecretIsRequestAuthError() {
        var claims = new JWTClaimsSet.Builder().subject("admin-a")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();

        assertThat(get(hs256(claims, "another-secret-0123456789abcdefghijkl"), false).code()).isEqualTo(401);
    }

    @Test
    void unsignedTokenIsRequestAuthError() {
        var token = new PlainJWT(new JWTClaimsSet.Builder().subject("admin-a")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build()).serialize();

        assertThat(get(token, false).code()).isEqualTo(401);
    }

    @Test
    void malformedTokenIsRequestAuthError() {
        assertThat(get("not-a-jwt", false).code()).isEqualTo(401);
    }

    @Test
    void rs256TokenFromTheAccountServicesKeysIsAccepted() {
        assertThat(get(rs256(ACCOUNT_SERVICE_KEY, "admin-a"), false).code()).isEqualTo(200);
        assertThat(get(rs256(ACCOUNT_SERVICE_KEY, "someone-else"), false).code()).isEqualTo(460);
    }

    @Test
    void rs256TokenFromAnUnknownKeyIsRequestAuthError() {
        assertThat(get(rs256(rsaKey("account-service"), "admin-a"), false).code()).isEqualTo(401);
    }

    @Test
    void ownerlessDeviceIsReadByTheOrdersIdentityWhenItSaysSo() {
        fixtures.removeAdministrator(device);

        assertThat(get(hs256("admin-a", Duration.ofMinutes(5)), true).code()).isEqualTo(200);
    }

    @Test
    void ownerlessDeviceIsAuthFailedWhenTheCallerDoesNotSaySo() {
        fixtures.removeAdministrator(device);

        assertThat(get(hs256("admin-a", Duration.ofMinutes(5)), false).code()).isEqualTo(460);
    }

    @Test
    void ownerlessDeviceIsAuthFailedForAnotherIdentity() {
        fixtures.removeAdministrator(device);

        assertThat(get(hs256("someone-else", Duration.ofMinutes(5)), true).code()).isEqualTo(460);
    }

    @Test
    void deviceWithAnAdministratorIgnoresDeviceNoOwner() {
        assertThat(get(hs256("admin-a", Duration.ofMinutes(5)), true).code()).isEqualTo(200);
    }

    @Test
    void bindByTheAdministratorSucceeds() {
        var order = fixtures.paidOrder();

        var result = api.bind(Envelope.bind().iotToken(hs256("admin-a", Duration.ofMinutes(5)))
                .param("iotId", device.value()).param("orderId", order.value()));

        assertThat(result.code()).isEqualTo(200);
    }

    @Test
    void bindByAnotherUserIsAuthFailedAndBindsNothing() {
        var order = fixtures.paidOrder();
        var envelope = Envelope.bind().param("iotId", device.value()).param("orderId", order.value());

        var result = api.bind(envelope.iotToken(hs256("someone-else", Duration.ofMinutes(5))));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        var other = fixtures.device("someone-else");
        assertThat(api.bind(Envelope.bind().param("iotId", other.value()).param("orderId", order.value())).code())
                .isEqualTo(200);
    }

    @Test
    void bindOnADeviceWithoutAdministratorIs29605EvenWithAToken() {
        var ownerless = fixtures.device(null);

        var result = api.bind(Envelope.bind().iotToken(hs256("admin-a", Duration.ofMinutes(5)))
                .param("iotId", ownerless.value()).param("orderId", fixtures.paidOrder().value()));

        assertThat(result.code()).isEqualTo(29605);
    }

    static String hs256(String subject, Duration ttl) {
        return hs256(new JWTClaimsSet.Builder().subject(subject)
                .expirationTime(Date.from(Instant.now().plus(ttl))).build(), SECRET);
    }

    static String hs256(JWTClaimsSet claims, String secret) {
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static String rs256(RSAKey key, String subject) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().subject(subject)
                            .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The customer's account service, publishing its public key on loopback. */
    static HttpServer jwksServer() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var jwks = new JWKSet(ACCOUNT_SERVICE_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        }
        catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
