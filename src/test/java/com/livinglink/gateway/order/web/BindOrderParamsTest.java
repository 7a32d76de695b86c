package com.livinglink.gateway.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.ParamsBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parameter table of bind/order (contract section 3): types, ranges and defaults, bound as the gateway does. */
class BindOrderParamsTest {

    static final ParamsBinding<BindOrderParams> BIND =
            ParamsBinding.of(BindOrderParams.class, "iotId", "dev-1", "orderId", "ord-1");

    // iotId and orderId

    @Test
    void iotIdAndOrderIdAreRequired() {
        assertThat(BIND.without("iotId", "orderId").violations())
                .containsExactly("iotId is required", "orderId is required");
    }

    @Test
    void idsOfSixtyFourCharactersAreAccepted() {
        var bound = BIND.with("iotId", "d".repeat(64)).with("orderId", "o".repeat(64)).bound();

        assertThat(bound.iotId()).hasSize(64);
        assertThat(bound.orderId()).hasSize(64);
    }

    @Test
    void idsOfMoreThanSixtyFourCharactersAreRejected() {
        assertThat(BIND.with("orderId", "o".repeat(65)).violations())
                .containsExactly("orderId must be 1 to 64 characters");
    }

    @Test
    void emptyIdsAreRejected() {
        assertThat(BIND.with("iotId", "").violations()).containsExactly("iotId must be 1 to 64 characters");
    }

    @Test
    void idsWithWhitespaceOrControlCharactersAreRejected() {
        assertThat(BIND.with("iotId", "dev 1").with("orderId", "ord\u0001").violations()).containsExactly(
                "iotId must not contain whitespace or control characters",
                "orderId must not contain whitespace or control characters");
    }

    @Test
    void idsMustBeStrings() {
        assertThat(BIND.with("iotId", 12345).violations()).containsExactly("iotId must be a string");
    }

    // userName and userId

    @Test
    void userFieldsAreKeptExactlyAsGiven() {
        var name = " 用户 1581053**** ".repeat(6);

        var purchaser = BIND.with("userName", name).with("userId", "").bound().toBindOrder().purchaser();

        assertThat(purchaser).isEqualTo(new Purchaser(name, ""));
    }

    @Test
    void userFieldsOfAtMost128CharactersAreAccepted() {
        var bound = BIND.with("userName", "n".repeat(128)).with("userId", "😀".repeat(128)).bound();

        assertThat(bound.userName()).hasSize(128);
        assertThat(bound.userId()).isEqualTo("😀".repeat(128));
    }

    @Test
    void userFieldsAbove128CharactersAreRejected() {
        assertThat(BIND.with("userName", "n".repeat(129)).with("userId", "i".repeat(129)).violations())
                .containsExactly("userName must be at most 128 characters", "userId must be at most 128 characters");
    }

    @Test
    void userFieldsMustBeStrings() {
        assertThat(BIND.with("userName", 15810531234L).violations()).containsExactly("userName must be a string");
    }

    // the recording settings

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | 0
            5   | 5
            "3" | 3
            "0" | 0
            """)
    void preRecordDurationIsAnIntegerFromZeroToFive(String json, int bound) {
        assertThat(BIND.withJson("preRecordDuration", json).bound().preRecordDuration()).isEqualTo(bound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "\"6\"", "\"99999999999999999999999\""})
    void preRecordDurationAboveFiveIsRejected(String json) {
        assertThat(BIND.withJson("preRecordDuration", json).violations())
                .containsExactly("preRecordDuration must be between 0 and 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "\"-1\""})
    void preRecordDurationBelowZeroIsRejected(String json) {
        assertThat(BIND.withJson("preRecordDuration", json).violations())
                .containsExactly("preRecordDuration must be between 0 and 5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0
            30   | 30
            "10" | 10
            """)
    void recordDurationIsAnIntegerFromZeroToThirty(String json, int bound) {
        assertThat(BIND.withJson("recordDuration", json).bound().recordDuration()).isEqualTo(bound);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 31})
    void recordDurationOutsideZeroToThirtyIsRejected(int value) {
        assertThat(BIND.with("recordDuration", value).violations())
                .containsExactly("recordDuration must be between 0 and 30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            600    | 600
            3600   | 3600
            "1200" | 1200
            """)
    void maxRecordFileDurationIsAnIntegerFrom600To3600(String json, int bound) {
        assertThat(BIND.withJson("maxRecordFileDuration", json).bound().maxRecordFileDuration()).isEqualTo(bound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"599", "0", "3601", "2147483648"})
    void maxRecordFileDurationOutside600To3600IsRejected(String json) {
        assertThat(BIND.withJson("maxRecordFileDuration", json).violations())
                .containsExactly("maxRecordFileDuration must be between 600 and 3600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "\"2.5\"", "5.0", "\"abc\"", "\"\"", "\" 5\"", "true"})
    void preRecordDurationThatIsNotAnIntegerIsRejected(String json) {
        assertThat(BIND.withJson("preRecordDuration", json).violations())
                .containsExactly("preRecordDuration must be an integer");
    }

    @Test
    void durationsInAnArrayOrObjectAreNotIntegers() {
        assertThat(BIND.withJson("recordDuration", "[1]").withJson("maxRecordFileDuration", "{\"value\":1800}")
                .violations()).containsExactly("recordDuration must be an integer",
                        "maxRecordFileDuration must be an integer");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            enableDefaultPlan  | true    | true
            enableDefaultPlan  | "false" | false
            eventRecordProlong | "true"  | true
            eventRecordProlong | false   | false
            """)
    void theSwitchesAreBooleansOrTheirText(String field, String json, boolean bound) {
        var settings = BIND.withJson(field, json).bound().toBindOrder().settings();

        assertThat(field.equals("enableDefaultPlan") ? settings.enableDefaultPlan() : settings.eventRecordProlong())
                .isEqualTo(bound);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            enableDefaultPlan  | "TRUE"
            enableDefaultPlan  | 1
            eventRecordProlong | "yes"
            eventRecordProlong | 0
            """)
    void anythingElseIsNotABoolean(String field, String json) {
        assertThat(BIND.withJson(field, json).violations()).containsExactly(field + " must be a boolean");
    }

    // defaults and what the bind asks for

    @Test
    void absentOptionalParametersTakeTheirDefaults() {
        var bind = BIND.bound().toBindOrder();

        assertThat(bind.settings()).isEqualTo(new RecordingSettings(false, 5, 10, false, 1800));
        assertThat(bind.purchaser()).isEqualTo(new Purchaser(null, null));
    }

    @Test
    void nullOptionalParametersTakeTheirDefaults() {
        var bind = BIND.with("userName", null).with("userId", null).with("enableDefaultPlan", null)
                .with("preRecordDuration", null).with("recordDuration", null).with("eventRecordProlong", null)
                .with("maxRecordFileDuration", null).bound().toBindOrder();

        assertThat(bind.settings()).isEqualTo(RecordingSettings.defaults());
        assertThat(bind.purchaser()).isEqualTo(new Purchaser(null, null));
    }

    @Test
    void theBindAsksForWhatTheParamsSay() {
        var bind = BIND.with("userName", "Li Lei").with("userId", "user-42").with("enableDefaultPlan", true)
                .with("preRecordDuration", 2).with("recordDuration", 25).with("eventRecordProlong", true)
                .with("maxRecordFileDuration", 600).bound().toBindOrder();

        assertThat(bind.iotId()).isEqualTo(new IotId("dev-1"));
        assertThat(bind.orderId()).isEqualTo(new OrderId("ord-1"));
        assertThat(bind.purchaser()).isEqualTo(new Purchaser("Li Lei", "user-42"));
        assertThat(bind.settings()).isEqualTo(new RecordingSettings(true, 2, 25, true, 600));
    }

    @Test
    void everyViolationOfOneRequestIsReportedInTheOrderOfTheTable() {
        var params = ParamsBinding.of(BindOrderParams.class, "iotId", "", "userName", "n".repeat(129),
                "enableDefaultPlan", "maybe", "preRecordDuration", 6, "recordDuration", 31, "eventRecordProlong", 2,
                "maxRecordFileDuration", 599);

        assertThat(params.violations()).containsExactly("iotId must be 1 to 64 characters", "orderId is required",
                "userName must be at most 128 characters", "enableDefaultPlan must be a boolean",
                "preRecordDuration must be between 0 and 5", "recordDuration must be between 0 and 30",
                "eventRecordProlong must be a boolean", "maxRecordFileDuration must be between 600 and 3600");
    }
}
