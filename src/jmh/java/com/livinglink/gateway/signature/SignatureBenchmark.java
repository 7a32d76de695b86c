package com.livinglink.gateway.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.livinglink.gateway.api.ApiRoutes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.mock.web.MockHttpServletRequest;

/** The signature layer of one order/get request: the whole verification, and the string-to-sign alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SignatureBenchmark {

    private static final String PATH = "/vision/customer/cloudstorage/order/get";

    private SignatureVerifier verifier;
    private MockHttpServletRequest request;
    private byte[] body;

    @Setup
    public void setUp() throws Exception {
        var app = new App("bench", "bench-secret", Set.of("get-order"), 0, true);
        var apps = new AppRegistry(new SecurityProperties(List.of(app)), new ApiRoutes(List.of()));
        verifier = new SignatureVerifier(apps, new EveryNonceIsNew(), Clock.systemUTC());
        body = ("{\"id\":\"1509086454180\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},\"params\":"
                + "{\"iotId\":\"QIuozfUcxRX6frOTO4dK****\",\"orderId\":\"20200731124115****\",\"deviceNoOwner\":false}}")
                .getBytes(StandardCharsets.UTF_8);
        request = new MockHttpServletRequest("POST", PATH);
        var md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        var timestamp = String.valueOf(System.currentTimeMillis());
        var nonce = "6c9f7a4e-2d41-4f0b-9d55-0a5e3c1b2f77";
        request.addHeader("Accept", "application/json");
        request.addHeader("Content-Type", "application/json; charset=utf-8");
        request.setContentType("application/json; charset=utf-8");
        request.addHeader("Content-MD5", md5);
        request.addHeader("X-Ca-Key", "bench");
        request.addHeader("X-Ca-Nonce", nonce);
        request.addHeader("X-Ca-Timestamp", timestamp);
        request.addHeader("X-Ca-Signature-Method", "HmacSHA256");
        request.addHeader("X-Ca-Signature-Headers", "x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp");
        var stringToSign = "POST\napplication/json\n" + md5 + "\napplication/json; charset=utf-8\n\nx-ca-key:bench\n"
                + "x-ca-nonce:" + nonce + "\nx-ca-signature-method:HmacSHA256\nx-ca-timestamp:" + timestamp + "\n" + PATH;
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("bench-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        request.addHeader("X-Ca-Signature",
                Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8))));
        verifier.verify(request, body);
    }

    @Benchmark
    public App verify() {
        return verifier.verify(request, body);
    }

    @Benchmark
    public String stringToSign() {
        return StringToSign.of("POST", request::getHeader, request.getHeader("X-Ca-Signature-Headers"), PATH, Map.of());
    }

    /** Every nonce is new to it: the benchmark measures the checks, not a growing store. */
    private static final class EveryNonceIsNew implements NonceStore {

        @Override
        public boolean firstUse(String appKey, String nonce) {
            return true;
        }

        @Override
        public void clear() {
        }
    }
}
