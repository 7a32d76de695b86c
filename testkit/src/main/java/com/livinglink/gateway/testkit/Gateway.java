package com.livinglink.gateway.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;

import javax.net.ssl.SSLContext;

/**
 * A running gateway, as {@link GatewayTest} injects it: where it listens, the demo app's credentials, the trust
 * for its generated certificate, a signed client for its APIs, and its test control as methods.
 *
 * <pre>{@code
 * gateway.clock().fix(Instant.parse("2020-09-25T02:00:00Z"));
 * gateway.faults().add(Fault.on("bind/order").answering(503).once());
 * var answer = gateway.client().call("order/get", Map.of("iotId", device, "orderId", order));
 * assertEquals(2, gateway.journal().calls("order/get").size());
 * }</pre>
 *
 * Safe to share between threads; the state it controls is one for every test that uses the gateway.
 */
public final class Gateway {

    static final String DEMO_APP_KEY = "demo";
    static final String DEMO_APP_SECRET = "demo-secret";

    private final URI httpUrl;
    private final URI httpsUrl;
    private final Path dataDir;
    private final Path logFile;
    private final TrustedCertificate certificate;
    private final String adminToken;
    private final HttpTransport http;
    private final ControlClient control;

    Gateway(URI httpUrl, URI httpsUrl, Path dataDir, Path logFile, TrustedCertificate certificate, String adminToken) {
        this.httpUrl = httpUrl;
        this.httpsUrl = httpsUrl;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.certificate = certificate;
        this.adminToken = adminToken;
        this.http = new HttpTransport(certificate.sslContext());
        this.control = new ControlClient(http, httpUrl, adminToken);
    }

    /** The plain-HTTP base URL: {@code http://127.0.0.1:<port>}. */
    public URI httpUrl() {
        return httpUrl;
    }

    /** The HTTPS base URL, {@code https://127.0.0.1:<port>}, served with {@link #certificate()}. */
    public URI httpsUrl() {
        return httpsUrl;
    }

    /** The demo app's key ({@code demo}), allowed every API. */
    public String appKey() {
        return DEMO_APP_KEY;
    }

    /** The demo app's secret. */
    public String appSecret() {
        return DEMO_APP_SECRET;
    }

    /** The operator token, for {@code /admin/…} as {@code Authorization: Bearer <token>}. */
    public String adminToken() {
        return adminToken;
    }

    /** The self-signed certificate the gateway serves HTTPS with (PEM), for localhost and 127.0.0.1. */
    public Path certificate() {
        return certificate.pem();
    }

    /** A trust store (PKCS12, no password) holding {@link #certificate()}. */
    public KeyStore trustStore() {
        return certificate.trustStore();
    }

    /** An {@link SSLContext} trusting {@link #certificate()}, for a client of the HTTPS URL. */
    public SSLContext sslContext() {
        return certificate.sslContext();
    }

    /** The gateway's data directory: its embedded database and certificate; fresh for the run. */
    public Path dataDir() {
        return dataDir;
    }

    /** The gateway's log: everything its process wrote. */
    public Path logFile() {
        return logFile;
    }

    /** A client signing as the demo app. */
    public ApiClient client() {
        return client(DEMO_APP_KEY, DEMO_APP_SECRET);
    }

    /** A client signing as another app, such as the demo's {@code demo-readonly}. */
    public ApiClient client(String appKey, String appSecret) {
        return new ApiClient(http, httpUrl, httpsUrl, new RequestSigner(appKey, appSecret), null, null);
    }

    /**
     * Puts the gateway back in its known state: every device, order, binding and free plan gone, then the fixture
     * or the demo data loaded; nonces and rate limits forgotten, the journal emptied, the faults removed, the
     * clock as at start. The extension does it before each test.
     */
    public void reset() {
        control.call("POST", "/admin/test/reset", null);
    }

    /** The business clock. */
    public GatewayClock clock() {
        return new GatewayClock(control);
    }

    /** Orders: import, read, put in any state. */
    public Orders orders() {
        return new Orders(control);
    }

    /** Devices: register, set their administrator. */
    public Devices devices() {
        return new Devices(control);
    }

    /** Faults: the platform's failures on demand. */
    public Faults faults() {
        return new Faults(control);
    }

    /** The request journal: what clients sent. */
    public Journal journal() {
        return new Journal(control);
    }

    /** An iotToken (HS256) for this identity, valid an hour, for {@link ApiClient#withIotToken(String)}. */
    public String iotToken(String identityId) {
        return Json.text(Json.object(control.call("POST", "/admin/iot-tokens", Map.of("identityId", identityId))),
                "iotToken");
    }

    @Override
    public String toString() {
        return "Gateway at " + httpUrl + " and " + httpsUrl + ", log " + logFile;
    }
}
