package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code apiVer} is of the form {@code N.N.N} and compared numerically (contract section 1). */
class ApiVersionTest {

    @Test
    void parsesThreeNumbers() {
        assertThat(ApiVersion.parse("1.0.6")).contains(new ApiVersion(1, 0, 6));
    }

    @Test
    void leadingZerosDoNotChangeTheNumber() {
        assertThat(ApiVersion.parse("1.0.06")).contains(new ApiVersion(1, 0, 6));
        assertThat(ApiVersion.parse("01.00.006")).contains(new ApiVersion(1, 0, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.0", "1.0.0.0", "abc", "1.0.x", "1..0", ".1.0", "1.0.", "v1.0.0", " 1.0.0",
            "1.0.0 ", "-1.0.0", "1.0.+6", "1.0.6-beta", "1,0,6", "１.０.６", "٠.٠.٦", "1234567890.0.0"})
    void anythingElseIsNotAVersion(String text) {
        assertThat(ApiVersion.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.0.9, 1.0.10", "1.0.6, 1.1.0", "1.9.9, 2.0.0", "0.9.9, 1.0.0", "1.0.5, 1.0.6"})
    void versionsCompareNumericallyPartByPart(String lower, String higher) {
        assertThat(ApiVersion.of(lower)).isLessThan(ApiVersion.of(higher));
        assertThat(ApiVersion.of(higher)).isGreaterThan(ApiVersion.of(lower));
    }

    @Test
    void equalVersionsCompareEqual() {
        assertThat(ApiVersion.of("1.0.06")).isEqualByComparingTo(ApiVersion.of("1.0.6"));
    }

    @Test
    void isWrittenWithoutLeadingZeros() {
        assertThat(ApiVersion.of("1.00.06")).hasToString("1.0.6");
    }

    @Test
    void ofRefusesWhatIsNotAVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiVersion.of("1.0"));
    }
}
