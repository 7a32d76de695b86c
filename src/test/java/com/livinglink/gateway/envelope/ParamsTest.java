package com.livinglink.gateway.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/** How {@link Params} reads parameter types as the platform does (contract section 3). */
class ParamsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Params params(String json) {
        return new Params(JSON.readTree(json));
    }

    /** Reads {@code value} as the Int {@code n} with the rule 0–5, default 3. */
    private static Params readInt(String value) {
        var params = params("{\"n\":" + value + "}");
        params.optionalInt("n", 0, 5, 3);
        return params;
    }

    private static List<Detail> violations(Params params) {
        return catchThrowableOfType(GatewayException.class, params::validate).details();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "\"5\"", "\"05\""})
    void intIsAJsonIntegerOrAStringOfDigits(String value) {
        var params = params("{\"n\":" + value + "}");

        assertThat(params.optionalInt("n", 0, 5, 3)).isEqualTo(5);
        assertThatNoException().isThrownBy(params::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5", "\"5.5\"", "5.0", "5e0", "\"abc\"", "\"\"", "\" 5\"", "\"+5\"", "{}", "[]", "[5]",
            "true"})
    void anythingElseIsNotAnInteger(String value) {
        assertThat(violations(readInt(value))).containsExactly(new Detail("violation.integer", "n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "\"-1\"", "6", "2147483648", "\"99999999999999999999999\"",
            "-99999999999999999999999"})
    void anIntegerOutsideTheRuleIsARangeViolation(String value) {
        assertThat(violations(readInt(value))).containsExactly(new Detail("violation.range", "n", "0", "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"n\":null}"})
    void anAbsentOrNullIntIsTheDefault(String json) {
        var params = params(json);

        assertThat(params.optionalInt("n", 0, 5, 3)).isEqualTo(3);
        assertThatNoException().isThrownBy(params::validate);
    }

    @Test
    void anInvalidIntReadsAsTheDefaultSoThatReadingGoesOn() {
        assertThat(params("{\"n\":\"abc\"}").optionalInt("n", 0, 5, 3)).isEqualTo(3);
        assertThat(params("{\"n\":9}").optionalInt("n", 0, 5, 3)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"true\""})
    void booleanTrueIsTrueOrItsText(String value) {
        var params = params("{\"b\":" + value + "}");

        assertThat(params.optionalBoolean("b", false)).isTrue();
        assertThatNoException().isThrownBy(params::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "\"false\""})
    void booleanFalseIsFalseOrItsText(String value) {
        var params = params("{\"b\":" + value + "}");

        assertThat(params.optionalBoolean("b", true)).isFalse();
        assertThatNoException().isThrownBy(params::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"TRUE\"", "\"True\"", "1", "0", "\"yes\"", "\"\"", "{}", "[]"})
    void anythingElseIsNotABoolean(String value) {
        var params = params("{\"b\":" + value + "}");

        assertThat(params.optionalBoolean("b", true)).isTrue();
        assertThat(violations(params)).containsExactly(new Detail("violation.boolean", "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"b\":null}"})
    void anAbsentOrNullBooleanIsTheDefault(String json) {
        var params = params(json);

        assertThat(params.optionalBoolean("b", true)).isTrue();
        assertThatNoException().isThrownBy(params::validate);
    }

    @Test
    void textOfAtMostTheLimitInCodePointsIsKeptAsGiven() {
        // 128 emoji are 256 UTF-16 chars: the limit counts what the user sees as characters.
        var text = "😀".repeat(128);
        var params = params(JSON.writeValueAsString(Map.of("t", text)));

        assertThat(params.optionalText("t", 128)).isEqualTo(text);
        assertThatNoException().isThrownBy(params::validate);
    }

    @Test
    void textOverTheLimitIsALengthViolation() {
        var params = params(JSON.writeValueAsString(Map.of("t", "x".repeat(129))));

        params.optionalText("t", 128);

        assertThat(violations(params)).containsExactly(new Detail("violation.text.length", "t", "128"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "{}", "[]"})
    void textMustBeAString(String value) {
        var params = params("{\"t\":" + value + "}");

        assertThat(params.optionalText("t", 128)).isNull();
        assertThat(violations(params)).containsExactly(new Detail("violation.string", "t"));
    }

    @Test
    void absentTextIsNull() {
        var params = params("{\"t\":null}");

        assertThat(params.optionalText("t", 128)).isNull();
        assertThat(params.optionalText("u", 128)).isNull();
        assertThatNoException().isThrownBy(params::validate);
    }

    @Test
    void aRequiredIdIsReadAsGiven() {
        var params = params("{\"id\":\"设备-😀\"}");

        assertThat(params.requiredId("id")).isEqualTo("设备-😀");
        assertThatNoException().isThrownBy(params::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"id\":null}"})
    void aMissingIdIsRequired(String json) {
        var params = params(json);
        params.requiredId("id");

        assertThat(violations(params)).containsExactly(new Detail("violation.required", "id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "{}", "[\"a\"]"})
    void anIdMustBeAString(String value) {
        var params = params("{\"id\":" + value + "}");
        params.requiredId("id");

        assertThat(violations(params)).containsExactly(new Detail("violation.string", "id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""})
    void anIdMustBeOneTo64Characters(String value) {
        var params = params("{\"id\":" + value + "}");
        params.requiredId("id");

        assertThat(violations(params)).containsExactly(new Detail("violation.id.length", "id", "64"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\\tb", "a\\u0000b", "a\\u00a0b", "a\\u200bb", "a\\u200fb", "a\\u3000b"})
    void anIdMustNotContainWhitespaceOrControlCharacters(String escaped) {
        var params = params("{\"id\":\"" + escaped + "\"}");
        params.requiredId("id");

        assertThat(violations(params)).containsExactly(new Detail("violation.id.characters", "id", "64"));
    }

    @Test
    void allViolationsAreReportedTogetherInTheOrderTheFieldsWereRead() {
        var params = params("""
                {"orderId": 7, "preRecordDuration": "9", "flag": "yes", "name": null, "size": 1.5}""");

        params.requiredId("iotId");
        params.requiredId("orderId");
        params.optionalInt("preRecordDuration", 0, 5, 5);
        params.optionalBoolean("flag", false);
        params.optionalText("name", 128);
        params.optionalInt("size", 0, 30, 30);

        assertThat(violations(params)).containsExactly(
                new Detail("violation.required", "iotId"),
                new Detail("violation.string", "orderId"),
                new Detail("violation.range", "preRecordDuration", "0", "5"),
                new Detail("violation.boolean", "flag"),
                new Detail("violation.integer", "size"));
    }

    @Test
    void theReportedErrorIsAParameterError() {
        var params = params("{}");
        params.requiredId("iotId");

        var failure = catchThrowableOfType(GatewayException.class, params::validate);

        assertThat(failure.result()).isEqualTo(ResultCode.PARAMETER_ERROR);
    }
}
