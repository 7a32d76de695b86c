package com.livinglink.gateway.api;

import static com.livinglink.gateway.support.ApiClient.GET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * {@code message} is English, {@code localizedMsg} is in the caller's language: {@code request.language},
 * else {@code Accept-Language}, else zh-CN (contract sections 2 and 6).
 */
@HttpApiTest
class LocalizationTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** An order/get of an order that does not exist: 29600. */
    static Envelope unknownOrder() {
        return Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order");
    }

    ApiResult post(Envelope envelope, String acceptLanguage) {
        return post(envelope.json(), acceptLanguage);
    }

    ApiResult post(String body, String acceptLanguage) {
        return api.post(GET, body.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                "Accept-Language", acceptLanguage);
    }

    @Test
    void localizedMsgIsSimplifiedChineseByDefault() {
        assertThat(api.post(GET, "{").localizedMsg()).isEqualTo("请求错误");
        assertThat(api.get(Envelope.get()).localizedMsg()).startsWith("请求参数错误：").contains("iotId", "orderId");
        assertThat(api.get(unknownOrder()).localizedMsg()).isEqualTo("订单不存在");
        assertThat(api.get(Envelope.get().apiVer("1.0.7")).localizedMsg()).startsWith("服务未找到");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en_US", "en", "EN-us"})
    void localizedMsgIsEnglishForAnEnglishRequestLanguage(String language) {
        assertThat(api.get(unknownOrder().language(language)).localizedMsg()).isEqualTo("order not exist");
        assertThat(api.get(Envelope.get().language(language)).localizedMsg())
                .isEqualTo("request parameter error: iotId is required; orderId is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US,en;q=0.9", "en-US", "en", "fr-FR,en;q=0.5"})
    void localizedMsgIsEnglishForAnEnglishAcceptLanguageWithoutRequestLanguage(String acceptLanguage) {
        assertThat(post(unknownOrder(), acceptLanguage).localizedMsg()).isEqualTo("order not exist");
    }

    @ParameterizedTest
    @CsvSource({"en-GB, order not exist", "en-AU, order not exist", "zh-TW, 订单不存在", "zh-HK, 订单不存在"})
    void aRegionNotProvidedIsServedInItsLanguage(String language, String localizedMsg) {
        assertThat(post(unknownOrder().language(language), "fr").localizedMsg()).isEqualTo(localizedMsg);
        assertThat(post(unknownOrder(), language).localizedMsg()).isEqualTo(localizedMsg);
    }

    @Test
    void acceptLanguageAlsoServesABodyThatCannotBeRead() {
        assertThat(post("{", "en-US,en;q=0.9").localizedMsg()).isEqualTo("request error.");
    }

    @Test
    void requestLanguageWinsOverAcceptLanguage() {
        assertThat(post(unknownOrder().language("zh-CN"), "en-US,en;q=0.9").localizedMsg()).isEqualTo("订单不存在");
        assertThat(post(unknownOrder().language("en-US"), "zh-CN,zh;q=0.9").localizedMsg())
                .isEqualTo("order not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de", "", "not a language!", "*;q=x"})
    void anUnsupportedRequestLanguageFallsBackToAcceptLanguage(String language) {
        assertThat(post(unknownOrder().language(language), "en-US").localizedMsg()).isEqualTo("order not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de", "not a language!", "-", "en,-", "--"})
    void anUnsupportedLanguageFromEverySourceFallsBackToSimplifiedChinese(String language) {
        assertThat(post(unknownOrder().language(language), language).localizedMsg()).isEqualTo("订单不存在");
        assertThat(api.get(unknownOrder().language(language)).localizedMsg()).isEqualTo("订单不存在");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US", "fr-FR"})
    void messageIsAlwaysEnglish(String language) {
        assertThat(post(unknownOrder().language(language), language).message()).isEqualTo("order not exist");
        assertThat(post(Envelope.get().language(language), language).message())
                .isEqualTo("request parameter error: iotId is required; orderId is required");
    }

    @Test
    void transportErrorsAreLocalizedToo() {
        var english = api.send(api.request(GET).header("Accept-Language", "en-US").GET().build());
        var chinese = api.send(api.request(GET).GET().build());

        assertThat(english.message()).isEqualTo("Unsupported Method");
        assertThat(english.localizedMsg()).isEqualTo("Unsupported Method");
        assertThat(chinese.message()).isEqualTo("Unsupported Method");
        assertThat(chinese.localizedMsg()).isEqualTo("不支持的请求方法");
    }

    @Test
    void anUnknownPathIsLocalizedFromAcceptLanguage() {
        var result = api.send(api.request("/vision/nothing").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(result.localizedMsg()).isEqualTo("service not found.");
    }

    // --- the bundles

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            REQUEST_ERROR                 | request error.                        | 请求错误
            REQUEST_AUTH_ERROR            | request auth error.                   | 请求认证错误
            REQUEST_FORBIDDEN             | request forbidden.                    | 请求被禁止
            SERVICE_NOT_FOUND             | service not found.                    | 服务未找到
            TOO_MANY_REQUESTS             | too many requests.                    | 请求频繁
            PARAMETER_ERROR               | request parameter error.              | 请求参数错误
            AUTH_FAILED                   | auth failed                           | 鉴权失败
            SERVICE_ERROR                 | service error.                        | 服务端错误
            SERVICE_NOT_AVAILABLE         | service not available.                | 服务不可用
            DEVICE_NOT_EXIST              | device not exist                      | 设备不存在
            ORDER_NOT_EXIST               | order not exist                       | 订单不存在
            ORDER_BOUND_TO_ANOTHER_DEVICE | order already bound to another device | 订单已绑定其他设备
            ORDER_NOT_PAID                | order not paid                        | 订单未支付
            ORDER_FROZEN                  | order is frozen                       | 订单已冻结
            ORDER_EXPIRED                 | order has expired                     | 订单已过期
            DEVICE_HAS_NO_ADMINISTRATOR   | device has no administrator           | 设备未绑定管理员
            """)
    void everyCodeHasTheContractsMessages(ResultCode result, String english, String chinese) {
        assertThat(messages.getMessage(result.messageKey(), null, Locale.US)).isEqualTo(english);
        assertThat(messages.getMessage(result.messageKey(), null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
    }

    /** Success has no message (contract section 6); every other code has one in every provided language. */
    @ParameterizedTest
    @EnumSource(value = ResultCode.class, mode = EnumSource.Mode.EXCLUDE, names = "SUCCESS")
    void everyErrorCodeHasANonEmptyMessageInBothLanguages(ResultCode result) {
        assertThat(messages.getMessage(result.messageKey(), null, "", Locale.US)).isNotBlank();
        assertThat(messages.getMessage(result.messageKey(), null, "", Locale.SIMPLIFIED_CHINESE)).isNotBlank();
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages.properties").stringPropertyNames())
                .isEqualTo(bundle("messages_zh_CN.properties").stringPropertyNames());
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = LocalizationTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    // --- Accept-Language of any length or shape (contract section 2: the client's error never becomes a 500)

    /** Fifty entries, five times the servlet container's own limit, {@code first} the preferred one. */
    static String fiftyLanguages(String first) {
        return first + IntStream.range(1, 50).mapToObj(i -> ",x" + (char) ('a' + i % 26) + ";q=0." + (1 + i % 8))
                .collect(Collectors.joining());
    }

    @Test
    void aSignedCallWithFiftyAcceptLanguageEntriesIsAnsweredInItsPreferredLanguage() {
        var result = post(unknownOrder(), fiftyLanguages("en-US"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(29600);
        assertThat(result.localizedMsg()).isEqualTo("order not exist");
    }

    @Test
    void aRefusedCallWithFiftyAcceptLanguageEntriesIsStillRefusedForWhatItIs() {
        var result = api.send(api.request(GET).header("Content-Type", "application/json")
                .header("Accept-Language", fiftyLanguages("en-US"))
                .POST(HttpRequest.BodyPublishers.ofString(unknownOrder().json())).build());

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I401EK");
        assertThat(result.code()).isEqualTo(401);
    }

    @Test
    void healthWithFiftyAcceptLanguageEntriesIsUp() {
        var result = api.send(api.request("/actuator/health").header("Accept-Language", fiftyLanguages("zh-CN"))
                .GET().build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US;q=nope", ";;;,,,", "*-*-*", "en-US;q=0.5;q=0.7", "-", "q=1", "en-US;q=", ","})
    void anUnreadableAcceptLanguageFallsBackToSimplifiedChinese(String acceptLanguage) {
        var result = post(unknownOrder(), acceptLanguage);

        assertThat(result.code()).isEqualTo(29600);
        assertThat(result.localizedMsg()).isEqualTo("订单不存在");
    }
}
