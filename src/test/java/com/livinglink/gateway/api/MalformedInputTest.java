package com.livinglink.gateway.api;

import static com.livinglink.gateway.support.ApiClient.BIND;
import static com.livinglink.gateway.support.ApiClient.GET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderService;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input never produces a 5xx or a stack trace, and changes nothing: each case is sent to bind/order
 * (unless it says otherwise) naming a device and a bindable order, which must still be unbound after it.
 */
@HttpApiTest
class MalformedInputTest {

    /** The codes of contract sections 6 and 7. */
    static final Set<Integer> CONTRACT_CODES = Set.of(200, 400, 401, 403, 404, 405, 413, 429, 460, 500, 503, 28560,
            29600, 29601, 29602, 29603, 29604, 29605);

    static final String ENVELOPE =
            "{\"id\":\"m\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.0\"},\"params\":%s}";
    static final String VALID_PARAMS = "{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}";
    static final String VALID = ENVELOPE.formatted(VALID_PARAMS);
    static final String HUGE_INTEGER = "9".repeat(5000);
    static final int DEEP = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderService orders;

    ApiClient api;
    Target target;

    @BeforeEach
    void bindableOrder() {
        api = new ApiClient(port);
        target = new Target(fixtures.device("admin-1"), fixtures.paidOrder());
    }

    /** The device and order a case may name as {@code $IOT} and {@code $ORDER}. */
    record Target(IotId device, OrderId order) {

        String fill(String template) {
            return template.replace("$IOT", device.value()).replace("$ORDER", order.value());
        }
    }

    /** One bad request: the path, the body bytes, the codes it may get and the fields its message must name. */
    record BadInput(String description, String path, Function<Target, byte[]> body, Set<Integer> codes,
            List<String> named) {

        BadInput on(String otherPath) {
            return new BadInput(description, otherPath, body, codes, named);
        }

        BadInput naming(String... fields) {
            return new BadInput(description, path, body, codes, List.of(fields));
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static BadInput bad(String description, String template, Integer... codes) {
        return bad(description, target -> target.fill(template).getBytes(StandardCharsets.UTF_8), codes);
    }

    static BadInput bad(String description, Function<Target, byte[]> body, Integer... codes) {
        return new BadInput(description, BIND, body, Set.of(codes), List.of());
    }

    /** An envelope whose params are the valid ones plus {@code extra}, e.g. {@code "a":1}. */
    static String withParams(String extra) {
        return ENVELOPE.formatted("{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"," + extra + "}");
    }

    /** An envelope naming the bindable order for the device {@code iotId}, written as JSON string content. */
    static String withIotId(String iotId) {
        return ENVELOPE.formatted("{\"iotId\":\"" + iotId + "\",\"orderId\":\"$ORDER\"}");
    }

    static String withOrderId(String orderId) {
        return ENVELOPE.formatted("{\"iotId\":\"$IOT\",\"orderId\":\"" + orderId + "\"}");
    }

    /** The bytes of {@code template} with {@code raw} bytes, which no String can hold, in place of {@code marker}. */
    static Function<Target, byte[]> withBytes(String template, String marker, int... raw) {
        return target -> {
            var text = target.fill(template);
            int at = text.indexOf(marker);
            var out = new ByteArrayOutputStream();
            out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (int b : raw) {
                out.write(b);
            }
            out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        };
    }

    static String nested(String open, String innermost, String close) {
        return open.repeat(DEEP) + innermost + close.repeat(DEEP);
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                bad("unclosed object", "{", 400),
                bad("missing value", "{\"a\":}", 400),
                bad("trailing garbage after a valid envelope", VALID + " xyz", 400),
                bad("two envelopes", VALID + VALID, 400),
                bad("valid envelope left open", VALID.substring(0, VALID.length() - 1), 400),
                bad("single quotes", VALID.replace('"', '\''), 400),
                bad("trailing comma", withParams("\"userName\":\"u\","), 400),
                bad("comment", "// c\n" + VALID, 400),
                bad("NaN", withParams("\"preRecordDuration\":NaN"), 400),
                bad("duplicate colon", "{\"request\"::{}}", 400),

                bad("empty body", "", 400),
                bad("whitespace only", "  \r\n\t ", 400),
                bad("array", "[]", 400),
                bad("array holding a valid envelope", "[" + VALID + "]", 400),
                bad("string", "\"" + VALID.replace("\"", "\\\"") + "\"", 400),
                bad("number", "42", 400),
                bad("null", "null", 400),
                bad("boolean", "true", 400),

                bad("request as string", "{\"request\":\"1.0.0\",\"params\":" + VALID_PARAMS + "}", 400),
                bad("params as number", ENVELOPE.formatted("5"), 400),
                bad("apiVer as number", VALID.replace("\"1.0.0\"", "100"), 400),
                bad("version as number", VALID.replace("\"1.0\"", "1.0"), 400),
                bad("iotToken as number", VALID.replace("\"apiVer\"", "\"iotToken\":123,\"apiVer\""), 400),
                bad("iotToken as object", VALID.replace("\"apiVer\"", "\"iotToken\":{},\"apiVer\""), 400),
                bad("language as number", VALID.replace("\"apiVer\"", "\"language\":5,\"apiVer\""), 400),
                bad("iotId as number", ENVELOPE.formatted("{\"iotId\":1,\"orderId\":\"$ORDER\"}"), 460)
                        .naming("iotId"),
                bad("orderId as object", ENVELOPE.formatted("{\"iotId\":\"$IOT\",\"orderId\":{}}"), 460)
                        .naming("orderId"),
                bad("every field of the wrong type", ENVELOPE.formatted("{\"iotId\":[],\"orderId\":true,"
                        + "\"userName\":1,\"userId\":{},\"enableDefaultPlan\":\"yes\",\"preRecordDuration\":\"x\","
                        + "\"recordDuration\":1.5,\"eventRecordProlong\":0,\"maxRecordFileDuration\":[1800]}"), 460)
                        .naming("iotId", "orderId", "userName", "userId", "enableDefaultPlan", "preRecordDuration",
                                "recordDuration", "eventRecordProlong", "maxRecordFileDuration"),

                bad("1e999999", withParams("\"preRecordDuration\":1e999999"), 460).naming("preRecordDuration"),
                bad("-1e999999", withParams("\"preRecordDuration\":-1e999999"), 460).naming("preRecordDuration"),
                bad("1e-999999", withParams("\"preRecordDuration\":1e-999999"), 460).naming("preRecordDuration"),
                bad("5000-digit integer", withParams("\"preRecordDuration\":" + HUGE_INTEGER), 460)
                        .naming("preRecordDuration"),
                bad("negative 5000-digit integer", withParams("\"recordDuration\":-" + HUGE_INTEGER), 460)
                        .naming("recordDuration"),
                bad("5000-digit fraction", withParams("\"maxRecordFileDuration\":0." + HUGE_INTEGER), 460)
                        .naming("maxRecordFileDuration"),
                bad("5000 digits as text", withParams("\"preRecordDuration\":\"" + HUGE_INTEGER + "\""), 460)
                        .naming("preRecordDuration"),
                bad("60 000-character iotId", withIotId("x".repeat(60_000)), 460).naming("iotId"),

                bad("10 000 nested arrays in params", withParams("\"deep\":" + nested("[", "", "]")), 400, 460),
                bad("10 000 nested objects in params", withParams("\"deep\":" + nested("{\"a\":", "1", "}")),
                        400, 460),
                bad("10 000 nested arrays as iotId", ENVELOPE.formatted("{\"iotId\":" + nested("[", "", "]")
                        + ",\"orderId\":\"$ORDER\"}"), 400, 460),
                bad("10 000 nested arrays beside the envelope", VALID.replace("{\"id\"", "{\"deep\":"
                        + nested("[", "", "]") + ",\"id\""), 400),

                bad("invalid UTF-8 byte in iotId", withBytes(withIotId("$IOT#"), "#", 0xff), 400),
                bad("overlong UTF-8 in iotId", withBytes(withIotId("$IOT#"), "#", 0xc0, 0xaf), 400),
                bad("truncated UTF-8 in iotId", withBytes(withIotId("$IOT#"), "#", 0xe8, 0xae), 400),
                bad("UTF-8 continuation byte alone in iotId", withBytes(withIotId("$IOT#"), "#", 0x80), 400),
                bad("encoded surrogate in iotId", withBytes(withIotId("$IOT#"), "#", 0xed, 0xa0, 0x80), 400),
                bad("invalid UTF-8 between tokens", withBytes(VALID.replace(",\"params\"", "#,\"params\""), "#",
                        0xfe), 400),
                bad("invalid UTF-8 before the body", withBytes("#" + VALID, "#", 0xff, 0xfe), 400),

                bad("NUL byte in iotId", withBytes(withIotId("$IOT#"), "#", 0x00), 400),
                bad("NUL byte before the body", withBytes("#" + VALID, "#", 0x00), 400),
                bad("NUL byte after the body", withBytes(VALID + "#", "#", 0x00), 400),
                bad("NUL bytes only", withBytes("#", "#", 0, 0, 0, 0), 400),
                bad("escaped NUL in iotId", withIotId("$IOT\\u0000"), 460).naming("iotId"),

                bad("CJK iotId", withIotId("设备"), 28560),
                bad("emoji iotId", withIotId("📷🎥"), 28560),
                bad("CJK and emoji ids", ENVELOPE.formatted("{\"iotId\":\"设备😀\",\"orderId\":\"订单😀\"}"), 29600)
                        .on(GET),
                bad("CJK orderId", withOrderId("订单"), 29600),
                bad("64 emoji iotId", withIotId("😀".repeat(64)), 28560),
                bad("65 emoji iotId", withIotId("😀".repeat(65)), 460).naming("iotId"),
                bad("64 CJK orderId", withOrderId("订".repeat(64)), 29600),
                bad("65 CJK orderId", withOrderId("订".repeat(65)), 460).naming("orderId"),
                bad("zero-width space in iotId", withIotId("$IOT\u200b"), 460).naming("iotId"),
                bad("right-to-left mark in iotId", withIotId("\u200f$IOT"), 460).naming("iotId"),
                bad("right-to-left override in orderId", withOrderId("\u202e$ORDER"), 460).naming("orderId"),
                bad("byte order mark in iotId", withIotId("$IOT\ufeff"), 460).naming("iotId"),
                bad("no-break space in iotId", withIotId("$IOT\u00a0"), 460).naming("iotId"),
                bad("ideographic space in orderId", withOrderId("$ORDER\u3000"), 460).naming("orderId"),
                bad("line separator in iotId", withIotId("$IOT\u2028"), 460).naming("iotId"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsAnsweredWithAContractCodeAndChangesNothing(BadInput input) {
        var result = api.post(input.path(), input.body().apply(target), "Content-Type", "application/json");

        assertThat(result.status()).isLessThan(500);
        assertThat(result.json()).as("a JSON envelope: %s", result.body()).isNotNull();
        assertThat(result.code()).isIn(CONTRACT_CODES).isIn(input.codes());
        assertThat(result.body()).doesNotContain("Exception", "at com.", "\tat ");
        assertThat(input.named()).allSatisfy(field -> assertThat(result.message()).contains(field));
        assertThat(orders.find(target.order()).orElseThrow().iotId()).isEmpty();
    }

    /** The cases above differ from this one only by their fault, so it is the fault that was refused. */
    @Test
    void theValidEnvelopeTheCasesStartFromBindsTheOrder() {
        var result = api.post(BIND, target.fill(VALID).getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json");

        assertThat(result.code()).isEqualTo(200);
        assertThat(orders.find(target.order()).orElseThrow().iotId()).contains(target.device());
    }
}
