package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheShapesTheGatewayAnswers() {
        var value = Json.object(Json.parse(" {\"id\":\"a\",\"code\":200,\"big\":4102444800000,\"p\":0.5,"
                + "\"ok\":true,\"none\":null,\"list\":[1,{\"x\":[]}],\"empty\":{}} "));

        assertThat(value).containsEntry("id", "a").containsEntry("code", 200).containsEntry("big", 4102444800000L)
                .containsEntry("p", 0.5).containsEntry("ok", true).containsEntry("none", null)
                .containsEntry("empty", Map.of());
        assertThat(value.get("list")).isEqualTo(List.of(1, Map.of("x", List.of())));
        assertThat(value.keySet()).containsExactly("id", "code", "big", "p", "ok", "none", "list", "empty");
    }

    @Test
    void readsEscapesAndNonAsciiText() {
        assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u4e2d文\"")).isEqualTo("a\"b\\c/d\n\t中文");
    }

    @Test
    void writesWhatItReads() {
        var value = new LinkedHashMap<String, Object>();
        value.put("text", "quote \" backslash \\ newline \n control \u0001 中文");
        value.put("number", 5);
        value.put("none", null);
        value.put("list", Arrays.asList(true, 1.5, null));

        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    }

    @Test
    void writesInstantsAndDurationsAsIsoText() {
        assertThat(Json.write(Map.of("fixed", Instant.parse("2020-09-01T00:00:00Z"))))
                .isEqualTo("{\"fixed\":\"2020-09-01T00:00:00Z\"}");
        assertThat(Json.write(Map.of("offset", Duration.ofDays(-30)))).isEqualTo("{\"offset\":\"PT-720H\"}");
    }

    @Test
    void refusesWhatIsNoJsonNamingWhere() {
        assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"a\":1,}")).withMessageContaining("offset 7");
        assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("[1] x")).withMessageContaining("after the value");
        assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("\"open")).withMessageContaining("unterminated");
        assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("")).withMessageContaining("unexpected end");
    }
}
