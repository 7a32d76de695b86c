package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/** How {@link ParamsBinder} reads parameter types as the platform does and checks their rules (section 3). */
class ParamsBinderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ParamsBinder BINDER =
            new ParamsBinder(Validation.buildDefaultValidatorFactory().getValidator());

    /** An Int with the rule 0–5, default 3. */
    record IntParams(@Schema(defaultValue = "3") @Min(0) @Max(5) int n) {
    }

    record BooleanTrueByDefault(@Schema(defaultValue = "true") boolean b) {
    }

    record BooleanFalseByDefault(@Schema(defaultValue = "false") boolean b) {
    }

    record TextParams(@MaxCodePoints(128) String t, @MaxCodePoints(128) String u) {
    }

    record IdParams(@NotNull @Identifier String id) {
    }

    record MixedParams(@NotNull @Identifier String iotId, @NotNull @Identifier String orderId,
            @Schema(defaultValue = "5") @Min(0) @Max(5) int preRecordDuration,
            @Schema(defaultValue = "false") boolean flag, @MaxCodePoints(128) String name,
            @Schema(defaultValue = "30") @Min(0) @Max(30) int size) {
    }

    private static <P extends Record> P bind(String json, Class<P> type) {
        return BINDER.bind(JSON.readTree(json), type);
    }

    private static List<Detail> violations(String json, Class<? extends Record> type) {
        return catchThrowableOfType(GatewayException.class, () -> bind(json, type)).details();
    }

    private static List<Detail> intViolations(String value) {
        return violations("{\"n\":" + value + "}", IntParams.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "\"5\"", "\"05\""})
    void intIsAJsonIntegerOrAStringOfDigits(String value) {
        assertThat(bind("{\"n\":" + value + "}", IntParams.class).n()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5", "\"5.5\"", "5.0", "5e0", "\"abc\"", "\"\"", "\" 5\"", "\"+5\"", "{}", "[]", "[5]",
            "true"})
    void anythingElseIsNotAnInteger(String value) {
        assertThat(intViolations(value)).containsExactly(new Detail("violation.integer", "n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "\"-1\"", "6", "2147483648", "\"99999999999999999999999\"",
            "-99999999999999999999999"})
    void anIntegerOutsideTheRuleIsARangeViolation(String value) {
        assertThat(intViolations(value)).containsExactly(new Detail("violation.range", "n", "0", "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"n\":null}"})
    void anAbsentOrNullIntIsTheDefault(String json) {
        assertThat(bind(json, IntParams.class).n()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"true\""})
    void booleanTrueIsTrueOrItsText(String value) {
        assertThat(bind("{\"b\":" + value + "}", BooleanFalseByDefault.class).b()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "\"false\""})
    void booleanFalseIsFalseOrItsText(String value) {
        assertThat(bind("{\"b\":" + value + "}", BooleanTrueByDefault.class).b()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"TRUE\"", "\"True\"", "1", "0", "\"yes\"", "\"\"", "{}", "[]"})
    void anythingElseIsNotABoolean(String value) {
        assertThat(violations("{\"b\":" + value + "}", BooleanTrueByDefault.class))
                .containsExactly(new Detail("violation.boolean", "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"b\":null}"})
    void anAbsentOrNullBooleanIsTheDefault(String json) {
        assertThat(bind(json, BooleanTrueByDefault.class).b()).isTrue();
        assertThat(bind(json, BooleanFalseByDefault.class).b()).isFalse();
    }

    @Test
    void textOfAtMostTheLimitInCodePointsIsKeptAsGiven() {
        // 128 emoji are 256 UTF-16 chars: the limit counts what the user sees as characters.
        var text = "😀".repeat(128);

        assertThat(bind(JSON.writeValueAsString(Map.of("t", text)), TextParams.class).t()).isEqualTo(text);
    }

    @Test
    void textOverTheLimitIsALengthViolation() {
        assertThat(violations(JSON.writeValueAsString(Map.of("t", "x".repeat(129))), TextParams.class))
                .containsExactly(new Detail("violation.text.length", "t", "128"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "{}", "[]"})
    void textMustBeAString(String value) {
        assertThat(violations("{\"t\":" + value + "}", TextParams.class))
                .containsExactly(new Detail("violation.string", "t"));
    }

    @Test
    void absentTextIsNull() {
        var params = bind("{\"t\":null}", TextParams.class);

        assertThat(params.t()).isNull();
        assertThat(params.u()).isNull();
    }

    @Test
    void aRequiredIdIsReadAsGiven() {
        assertThat(bind("{\"id\":\"设备-😀\"}", IdParams.class).id()).isEqualTo("设备-😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"id\":null}"})
    void aMissingIdIsRequired(String json) {
        assertThat(violations(json, IdParams.class)).containsExactly(new Detail("violation.required", "id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "{}", "[\"a\"]"})
    void anIdMustBeAString(String value) {
        assertThat(violations("{\"id\":" + value + "}", IdParams.class))
                .containsExactly(new Detail("violation.string", "id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""})
    void anIdMustBeOneTo64Characters(String value) {
        assertThat(violations("{\"id\":" + value + "}", IdParams.class))
                .containsExactly(new Detail("violation.id.length", "id", "64"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\\tb", "a\\u0000b", "a\\u00a0b", "a\\u200bb", "a\\u200fb", "a\\u3000b"})
    void anIdMustNotContainWhitespaceOrControlCharacters(String escaped) {
        assertThat(violations("{\"id\":\"" + escaped + "\"}", IdParams.class))
                .containsExactly(new Detail("violation.id.characters", "id", "64"));
    }

    @Test
    void allViolationsAreReportedTogetherInTheOrderOfTheRecordsComponents() {
        var json = """
                {"orderId": 7, "preRecordDuration": "9", "flag": "yes", "name": null, "size": 1.5}""";

        assertThat(violations(json, MixedParams.class)).containsExactly(
                new Detail("violation.required", "iotId"),
                new Detail("violation.string", "orderId"),
                new Detail("violation.range", "preRecordDuration", "0", "5"),
                new Detail("violation.boolean", "flag"),
                new Detail("violation.integer", "size"));
    }

    @Test
    void theReportedErrorIsAParameterError() {
        var failure = catchThrowableOfType(GatewayException.class, () -> bind("{}", IdParams.class));

        assertThat(failure.result()).isEqualTo(ResultCode.PARAMETER_ERROR);
    }
}
