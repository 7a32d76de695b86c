package com.livinglink.gateway.freeplan;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.MutableClock;
import com.livinglink.gateway.support.RequestSigner;
import com.livinglink.gateway.tls.HttpsClient;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Calls the free-plan APIs, order/get and the operator API as a client does, through a TLS-terminating proxy
 * (see {@link ApiClient}), over real HTTPS, or over plain HTTP.
 */
@TestComponent
class FreePlanCalls {

    static final String ADMIN_TOKEN = "free-plan-admin-token";
    static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");

    private final Environment environment;
    private final IotTokens iotTokens;
    private final MutableClock clock;
    private final Fixtures fixtures;

    FreePlanCalls(Environment environment, IotTokens iotTokens, MutableClock clock, Fixtures fixtures) {
        this.environment = environment;
        this.iotTokens = iotTokens;
        this.clock = clock;
        this.fixtures = fixtures;
    }

    ApiClient api() {
        return new ApiClient(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    MutableClock clock() {
        return clock;
    }

    Fixtures fixtures() {
        return fixtures;
    }

    String token(String identity) {
        return iotTokens.issue(new IdentityId(identity), Duration.ofDays(3650));
    }

    /** A request of {@code endpoint} at its documented version; {@code params} as name, value, name, value… */
    static Envelope envelope(Api endpoint, Object... params) {
        var envelope = Envelope.get().apiVer(endpoint.documentedVersion());
        for (int i = 0; i < params.length; i += 2) {
            envelope.param((String) params[i], params[i + 1]);
        }
        return envelope;
    }

    ApiResult call(Api endpoint, Envelope envelope) {
        return api().post(endpoint.path(), envelope.json());
    }

    ApiResult call(Api endpoint, Object... params) {
        return call(endpoint, envelope(endpoint, params));
    }

    /** The same call as {@code identity}, with an iotToken. */
    ApiResult callAs(String identity, Api endpoint, Object... params) {
        return call(endpoint, envelope(endpoint, params).iotToken(token(identity)));
    }

    ApiResult get(IotId device) {
        return call(Api.FREECLOUDSTORAGE_GET, "iotId", device.value());
    }

    ApiResult consume(IotId device, Object... params) {
        var all = new Object[params.length + 2];
        all[0] = "iotId";
        all[1] = device.value();
        System.arraycopy(params, 0, all, 2, params.length);
        return call(Api.FREECLOUDSTORAGE_CONSUME, all);
    }

    ApiResult enable(IotId device) {
        return call(Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());
    }

    ApiResult freeze(IotId device) {
        return call(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", device.value(), "status", 2);
    }

    ApiResult check(IotId device) {
        return call(Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value());
    }

    ApiResult getOrder(IotId device, String orderId) {
        return api().post(ApiClient.GET, Envelope.get().param("iotId", device.value()).param("orderId", orderId)
                .json());
    }

    ApiResult queryOrders(IotId device) {
        return api().post(Api.ORDER_QUERY.path(), Envelope.get().param("iotId", device.value()).json());
    }

    /** The operator API: {@code GET /admin/devices/{iotId}}. */
    ApiResult adminDevice(IotId device) {
        var api = api();
        return api.send(api.request("/admin/devices/" + device.value()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .GET().build());
    }

    /** The operator API: {@code PUT /admin/devices/{iotId}} with this JSON body. */
    ApiResult putDevice(IotId device, String json) {
        var api = api();
        return api.send(api.request("/admin/devices/" + device.value()).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** The call over real HTTPS, trusting the gateway's generated certificate. */
    HttpsClient.Answer overHttps(Api endpoint, Envelope envelope) {
        var https = new HttpsClient(Path.of(environment.getRequiredProperty("gateway.data-dir"))
                .resolve("tls/certificate.pem"));
        return https.post(environment.getRequiredProperty("local.https.port", Integer.class), endpoint.path(),
                envelope.json());
    }

    /** The call over plain HTTP, with no proxy in front saying it came over HTTPS. */
    ApiResult overPlainHttp(Api endpoint, Envelope envelope) {
        var api = api();
        var body = envelope.json().getBytes(StandardCharsets.UTF_8);
        return api.send(RequestSigner.TEST_APP.sign(api.request(endpoint.path()).header("Content-Type",
                "application/json"), endpoint.path(), "application/json", body)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }
}
