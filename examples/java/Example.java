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
 * Calls order/get the way the platform's Java API-gateway SDK does: any JSON body, posted as
 * application/octet-stream with Content-MD5 and the X-Ca-* signature (HmacSHA256). Needs only a JDK 17+:
 *
 * <pre>java examples/java/Example.java [iotId orderId]</pre>
 *
 * Environment: GATEWAY_URL (default http://127.0.0.1:8080), CA_APP_KEY / CA_APP_SECRET (default the demo
 * app). Against the demo profile it reads the seed's order; it prints the response envelope and exits 1
 * unless the HTTP status is 200.
 */
public class Example {

    public static void main(String[] args) throws Exception {
        var client = new ApiGatewayClient(env("GATEWAY_URL", "http://127.0.0.1:8080"), env("CA_APP_KEY", "demo"),
                env("CA_APP_SECRET", "demo-secret"));
        var iotId = args.length == 2 ? args[0] : "QIuozfUcxRX6frOTO4dK****";
        var orderId = args.length == 2 ? args[1] : "20200731124115****";
        var body = """
                {"id":"%s","version":"1.0","request":{"apiVer":"1.0.6","language":"en-US"},
                 "params":{"iotId":"%s","orderId":"%s"}}""".formatted(UUID.randomUUID(), iotId, orderId);

        var response = client.postBody("/vision/customer/cloudstorage/order/get", body);

        System.out.println(response.body());
        System.exit(response.statusCode() == 200 ? 0 : 1);
    }

    /** The SDK's client: one app's key and secret, signing every request it posts. */
    static final class ApiGatewayClient {

        private static final String ACCEPT = "application/json";
        private static final String CONTENT_TYPE = "application/octet-stream; charset=utf-8";

        private final HttpClient http = HttpClient.newHttpClient();
        private final String baseUrl;
        private final String appKey;
        private final String appSecret;

        ApiGatewayClient(String baseUrl, String appKey, String appSecret) {
            this.baseUrl = baseUrl;
            this.appKey = appKey;
            this.appSecret = appSecret;
        }

        HttpResponse<String> postBody(String path, String json) throws Exception {
            var body = json.getBytes(StandardCharsets.UTF_8);
            var contentMd5 = base64(MessageDigest.getInstance("MD5").digest(body));
            // The signed headers, sorted by name as the scheme requires; the TreeMap sorts them.
            var signed = new TreeMap<String, String>(Map.of(
                    "x-ca-key", appKey,
                    "x-ca-nonce", UUID.randomUUID().toString(),
                    "x-ca-signature-method", "HmacSHA256",
                    "x-ca-timestamp", String.valueOf(System.currentTimeMillis())));
            var stringToSign = "POST\n" + ACCEPT + "\n" + contentMd5 + "\n" + CONTENT_TYPE + "\n" + "\n"
                    + signed.entrySet().stream().map(header -> header.getKey() + ":" + header.getValue() + "\n")
                            .collect(Collectors.joining())
                    + path;

            var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Accept", ACCEPT)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("Content-MD5", contentMd5)
                    .header("X-Ca-Signature-Headers", String.join(",", signed.keySet()))
                    .header("X-Ca-Signature", hmacSha256(stringToSign));
            signed.forEach(request::header);
            return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private String hmacSha256(String stringToSign) throws Exception {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return base64(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        }

        private static String base64(byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
