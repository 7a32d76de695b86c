package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The parameter table of bind/order (contract section 3): types, ranges, defaults, over real HTTP. */
@HttpApiTest
class BindOrderParametersTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderService orders;

    ApiClient api;
    IotId device;
    OrderId order;

    @BeforeEach
    void paidOrderAndDeviceWithAdministrator() {
        api = new ApiClient(port);
        device = fixtures.device("admin-1");
        order = fixtures.paidOrder();
    }

    Envelope bind() {
        return Envelope.bind().param("iotId", device.value()).param("orderId", order.value());
    }

    RecordingSettings storedSettings() {
        return orders.find(order).orElseThrow().recordingSettings();
    }

    static Stream<Arguments> acceptedIntegers() {
        return Stream.of(
                Arguments.of("preRecordDuration", 0, 0), Arguments.of("preRecordDuration", 5, 5),
                Arguments.of("preRecordDuration", "3", 3), Arguments.of("preRecordDuration", "0", 0),
                Arguments.of("recordDuration", 0, 0), Arguments.of("recordDuration", 30, 30),
                Arguments.of("recordDuration", "10", 10),
                Arguments.of("maxRecordFileDuration", 600, 600), Arguments.of("maxRecordFileDuration", 3600, 3600),
                Arguments.of("maxRecordFileDuration", "1200", 1200));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void acceptedIntegers(String field, Object value, int stored) {
        var result = api.bind(bind().param(field, value));

        assertThat(result.code()).isEqualTo(200);
        var settings = storedSettings();
        int actual = switch (field) {
            case "preRecordDuration" -> settings.preRecordDuration();
            case "recordDuration" -> settings.recordDuration();
            default -> settings.maxRecordFileDuration();
        };
        assertThat(actual).isEqualTo(stored);
    }

    static Stream<Arguments> integersOutOfRange() {
        return Stream.of(
                Arguments.of("preRecordDuration", 6, "between 0 and 5"),
                Arguments.of("preRecordDuration", -1, "between 0 and 5"),
                Arguments.of("preRecordDuration", "-1", "between 0 and 5"),
                Arguments.of("preRecordDuration", "6", "between 0 and 5"),
                Arguments.of("recordDuration", 31, "between 0 and 30"),
                Arguments.of("recordDuration", -1, "between 0 and 30"),
                Arguments.of("maxRecordFileDuration", 599, "between 600 and 3600"),
                Arguments.of("maxRecordFileDuration", 3601, "between 600 and 3600"),
                Arguments.of("maxRecordFileDuration", 0, "between 600 and 3600"),
                Arguments.of("maxRecordFileDuration", 2147483648L, "between 600 and 3600"),
                Arguments.of("preRecordDuration", "99999999999999999999999", "between 0 and 5"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void integersOutOfRange(String field, Object value, String rule) {
        assertRejected(api.bind(bind().param(field, value)), field + " must be " + rule);
    }

    static Stream<Arguments> notIntegers() {
        return Stream.of(
                Arguments.of("preRecordDuration", 2.5), Arguments.of("preRecordDuration", "2.5"),
                Arguments.of("preRecordDuration", 5.0), Arguments.of("preRecordDuration", "abc"),
                Arguments.of("preRecordDuration", ""), Arguments.of("preRecordDuration", " 5"),
                Arguments.of("preRecordDuration", true), Arguments.of("recordDuration", new int[] {1}),
                Arguments.of("maxRecordFileDuration", java.util.Map.of("value", 1800)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void notIntegers(String field, Object value) {
        assertRejected(api.bind(bind().param(field, value)), field + " must be an integer");
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                Arguments.of("enableDefaultPlan", true, true), Arguments.of("enableDefaultPlan", "false", false),
                Arguments.of("eventRecordProlong", "true", true), Arguments.of("eventRecordProlong", false, false));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void booleans(String field, Object value, boolean stored) {
        assertThat(api.bind(bind().param(field, value)).code()).isEqualTo(200);
        var settings = storedSettings();
        assertThat(field.equals("enableDefaultPlan") ? settings.enableDefaultPlan() : settings.eventRecordProlong())
                .isEqualTo(stored);
    }

    static Stream<Arguments> notBooleans() {
        return Stream.of(
                Arguments.of("enableDefaultPlan", "TRUE"), Arguments.of("enableDefaultPlan", 1),
                Arguments.of("eventRecordProlong", "yes"), Arguments.of("eventRecordProlong", 0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void notBooleans(String field, Object value) {
        assertRejected(api.bind(bind().param(field, value)), field + " must be a boolean");
    }

    @Test
    void absentOptionalParametersTakeTheirDefaults() {
        assertThat(api.bind(bind()).code()).isEqualTo(200);

        assertThat(storedSettings()).isEqualTo(new RecordingSettings(false, 5, 10, false, 1800));
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.userName()).isNull();
        assertThat(stored.userId()).isNull();
    }

    @Test
    void nullOptionalParametersTakeTheirDefaults() {
        var result = api.bind(bind().param("userName", null).param("userId", null).param("enableDefaultPlan", null)
                .param("preRecordDuration", null).param("recordDuration", null).param("eventRecordProlong", null)
                .param("maxRecordFileDuration", null));

        assertThat(result.code()).isEqualTo(200);
        assertThat(storedSettings()).isEqualTo(RecordingSettings.defaults());
    }

    @Test
    void userFieldsAreStoredExactlyAsGiven() {
        var name = " 用户 1581053**** ".repeat(6);
        assertThat(api.bind(bind().param("userName", name).param("userId", "")).code()).isEqualTo(200);

        var stored = orders.find(order).orElseThrow();
        assertThat(stored.userName()).isEqualTo(name);
        assertThat(stored.userId()).isEmpty();
    }

    @Test
    void userFieldsOfAtMost128CharactersAreAccepted() {
        assertThat(api.bind(bind().param("userName", "n".repeat(128)).param("userId", "😀".repeat(128))).code())
                .isEqualTo(200);
    }

    @Test
    void userFieldsAbove128CharactersAreRejected() {
        var result = api.bind(bind().param("userName", "n".repeat(129)).param("userId", "i".repeat(129)));

        assertRejected(result, "userName must be at most 128 characters; userId must be at most 128 characters");
    }

    @Test
    void userFieldsMustBeStrings() {
        assertRejected(api.bind(bind().param("userName", 15810531234L)), "userName must be a string");
    }

    @Test
    void iotIdAndOrderIdAreRequired() {
        var result = api.bind(Envelope.bind());

        assertRejected(result, "iotId is required; orderId is required");
    }

    @Test
    void idsOfSixtyFourCharactersAreAcceptedAndLongerOnesRejected() {
        assertRejected(api.bind(bind().param("orderId", "o".repeat(65))), "orderId must be 1 to 64 characters");
        var result = api.bind(bind().param("orderId", "o".repeat(64)));
        assertThat(result.code()).isEqualTo(29600);
    }

    @Test
    void idsWithWhitespaceOrControlCharactersAreRejected() {
        assertRejected(api.bind(bind().param("iotId", "dev 1").param("orderId", "ord\u0001")),
                "iotId must not contain whitespace or control characters; "
                        + "orderId must not contain whitespace or control characters");
    }

    @Test
    void emptyIdsAreRejected() {
        assertRejected(api.bind(bind().param("iotId", "")), "iotId must be 1 to 64 characters");
    }

    @Test
    void idsMustBeStrings() {
        assertRejected(api.bind(bind().param("iotId", 12345)), "iotId must be a string");
    }

    @Test
    void everyViolationOfOneRequestIsReportedTogether() {
        var result = api.bind(Envelope.bind().param("iotId", "").param("userName", "n".repeat(129))
                .param("enableDefaultPlan", "maybe").param("preRecordDuration", 6).param("recordDuration", 31)
                .param("eventRecordProlong", 2).param("maxRecordFileDuration", 599));

        assertRejected(result, "iotId must be 1 to 64 characters; orderId is required; "
                + "userName must be at most 128 characters; enableDefaultPlan must be a boolean; "
                + "preRecordDuration must be between 0 and 5; recordDuration must be between 0 and 30; "
                + "eventRecordProlong must be a boolean; maxRecordFileDuration must be between 600 and 3600");
    }

    @Test
    void aRejectedRequestChangesNothing() {
        api.bind(bind().param("preRecordDuration", 6));

        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }

    private static void assertRejected(ApiResult result, String violations) {
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("request parameter error: " + violations);
        assertThat(result.localizedMsg()).startsWith("请求参数错误：");
    }
}
