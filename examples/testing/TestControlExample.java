import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test control (docs/testing.md) as a JUnit suite uses it, written as a plain program so that it runs with a
 * bare JDK 17+ against the demo profile:
 *
 * <pre>java examples/testing/TestControlExample.java</pre>
 *
 * Each "test" starts with a reset, as a JUnit {@code @BeforeEach} would. Exits 1 when an answer is not the
 * expected one. Environment: GATEWAY_URL, ADMIN_TOKEN, CA_APP_KEY / CA_APP_SECRET (defaults: the demo's).
 */
public class TestControlExample {

    static final String DEVICE = "QIuozfUcxRX6frOTO4dK****";
    static final String ORDER = "20200731124115****";
    static final String GET = "/vision/customer/cloudstorage/order/get";

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String BASE = env("GATEWAY_URL", "http://127.0.0.1:8080");

    public static void main(String[] args) throws Exception {
        theOrderExpiresWhenTheClockPassesItsEnd();
        theClientRetriesOnceWhenOrderGetFails();
        aFrozenOrderReadsAsStatusTwo();
        testControl("POST", "/reset", null);
        System.out.println("TestControlExample: ok");
    }

    static void theOrderExpiresWhenTheClockPassesItsEnd() throws Exception {
        testControl("POST", "/reset", null);
        testControl("PUT", "/clock", "{\"fixed\":\"2020-09-25T01:59:59Z\"}");
        check(readOrder().contains("\"status\":0"), "valid one second before its end");

        testControl("PUT", "/clock", "{\"advance\":\"PT1S\"}");
        check(readOrder().contains("\"status\":1"), "expired at its end");
    }

    static void theClientRetriesOnceWhenOrderGetFails() throws Exception {
        testControl("POST", "/reset", null);
        testControl("POST", "/faults", "{\"api\":\"get-order\",\"match\":{\"orderId\":\"" + ORDER + "\"},"
                + "\"code\":503,\"times\":1}");

        var answer = readOrderRetryingOnce();

        check(answer.contains("\"code\":200"), "the retry succeeds: " + answer);
        check(testControl("GET", "/requests/count?api=get-order", null).equals("{\"count\":2}"), "two calls");
        check(testControl("GET", "/requests/count?api=get-order&code=503", null).equals("{\"count\":1}"),
                "one of them refused");
    }

    static void aFrozenOrderReadsAsStatusTwo() throws Exception {
        testControl("POST", "/reset", null);
        testControl("PUT", "/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}");

        var order = testControl("PATCH", "/orders/" + ORDER, "{\"frozen\":true}");

        check(order.contains("\"frozen\":true"), "the operator's view shows the freeze: " + order);
        check(readOrder().contains("\"status\":2"), "frozen");
    }

    /** The client under test: one retry on 503, as a platform client should. */
    static String readOrderRetryingOnce() throws Exception {
        var answer = readOrder();
        return answer.contains("\"code\":503") ? readOrder() : answer;
    }

    static String readOrder() throws Exception {
        var body = "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},"
                + "\"params\":{\"iotId\":\"" + DEVICE + "\",\"orderId\":\"" + ORDER + "\"}}";
        return signedPost(GET, body);
    }

    static String testControl(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(BASE + "/admin/test" + path))
                .header("Authorization", "Bearer " + env("ADMIN_TOKEN", "demo-admin-token"))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        check(response.statusCode() < 300, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }

    /** Signed as the platform's Java API-gateway SDK signs (see examples/java/Example.java). */
    static String signedPost(String path, String json) throws Exception {
        var appKey = env("CA_APP_KEY", "demo");
        var body = json.getBytes(StandardCharsets.UTF_8);
        var contentMd5 = base64(MessageDigest.getInstance("MD5").digest(body));
        var signed = new TreeMap<String, String>(Map.of("x-ca-key", appKey, "x-ca-nonce", UUID.randomUUID().toString(),
                "x-ca-timestamp", String.valueOf(System.currentTimeMillis())));
        var stringToSign = "POST\napplication/json\n" + contentMd5 + "\napplication/json\n\n"
                + signed.entrySet().stream().map(header -> header.getKey() + ":" + header.getValue() + "\n")
                        .collect(Collectors.joining())
                + path;
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(env("CA_APP_SECRET", "demo-secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Content-MD5", contentMd5)
                .header("X-Ca-Signature-Headers", String.join(",", signed.keySet()))
                .header("X-Ca-Signature", base64(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8))));
        signed.forEach(request::header);
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            System.out.println("FAIL: " + what);
            System.exit(1);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
