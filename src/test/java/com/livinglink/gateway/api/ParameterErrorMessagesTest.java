package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.livinglink.gateway.support.ShippedConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code message} (English) and {@code localizedMsg} (zh-CN here) of a 460 (contract sections 2, 3 and 6):
 * every violation of a parameter rule, in both languages, and how one request's violations are joined.
 */
class ParameterErrorMessagesTest {

    private static final ApiMessages MESSAGES = new ApiMessages(ShippedConfiguration.messages());
    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    /** Each rule's key, the field, the limit the message names (if any), then what follows the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            violation.required             | iotId        |     | is required                  | 为必填项
            violation.string               | userName     |     | must be a string             | 必须是字符串
            violation.id.length            | orderId      | 64  | must be 1 to 64 characters   | 长度必须为 1 到 64 个字符
            violation.id.characters        | iotId        | 64  | must not contain whitespace or control characters \
                                                                                              | 不能包含空白或控制字符
            violation.text.length          | userId       | 128 | must be at most 128 characters | 长度不能超过 128 个字符
            violation.integer              | copies       |     | must be an integer           | 必须是整数
            violation.boolean              | immediateUse |     | must be a boolean            | 必须是布尔值
            violation.order.free           | srcOrderId   |     | free orders cannot be transferred | 免费订单不能转移
            violation.transfer.same-device | dstIotId     |     | must not be srcIotId         | 不能与 srcIotId 相同
            violation.status.freeze        | status       |     | must be 2 (only freezing is supported) \
                                                                                              | 必须为 2（仅支持冻结停用）
            """)
    void eachViolationOfOneFieldIsWordedInBothLanguages(String key, String field, String limit, String english,
            String chinese) {
        var detail = limit == null ? new Detail(key, field) : new Detail(key, field, limit);

        assertThat(MESSAGES.english(ResultCode.PARAMETER_ERROR, List.of(detail)))
                .isEqualTo("request parameter error: " + field + " " + english);
        assertThat(MESSAGES.localized(ResultCode.PARAMETER_ERROR, List.of(detail), ZH_CN))
                .isEqualTo("请求参数错误：" + field + " " + chinese);
    }

    @Test
    void aRangeNamesBothEnds() {
        var detail = new Detail("violation.range", "preRecordDuration", "0", "5");

        assertThat(MESSAGES.english(ResultCode.PARAMETER_ERROR, List.of(detail)))
                .isEqualTo("request parameter error: preRecordDuration must be between 0 and 5");
        assertThat(MESSAGES.localized(ResultCode.PARAMETER_ERROR, List.of(detail), ZH_CN))
                .isEqualTo("请求参数错误：preRecordDuration 必须在 0 到 5 之间");
    }

    @Test
    void aWindowPastTheSupportedRangeNamesTheLastSupportedTime() {
        var length = new Detail("violation.window.length", "copies", "9999-12-31 23:59:59");
        var queue = new Detail("violation.window.queue", "immediateUse", "9999-12-31 23:59:59");

        assertThat(MESSAGES.english(ResultCode.PARAMETER_ERROR, List.of(length, queue))).isEqualTo(
                "request parameter error: copies would make the plan end after 9999-12-31 23:59:59, the last "
                        + "supported time; immediateUse: the device's plans end too late for this plan to end by "
                        + "9999-12-31 23:59:59, the last supported time");
        assertThat(MESSAGES.localized(ResultCode.PARAMETER_ERROR, List.of(length, queue), ZH_CN)).isEqualTo(
                "请求参数错误：copies 会使套餐在支持的最晚时间 9999-12-31 23:59:59 之后才结束; "
                        + "immediateUse：设备已有套餐结束得太晚，此套餐无法在支持的最晚时间 9999-12-31 23:59:59 之前结束");
    }

    @Test
    void theViolationsOfOneRequestAreJoinedInTheirOrder() {
        var details = List.of(new Detail("violation.required", "iotId"),
                new Detail("violation.range", "pageSize", "1", "50"), new Detail("violation.integer", "pageNo"));

        assertThat(MESSAGES.english(ResultCode.PARAMETER_ERROR, details)).isEqualTo("request parameter error: "
                + "iotId is required; pageSize must be between 1 and 50; pageNo must be an integer");
        assertThat(MESSAGES.localized(ResultCode.PARAMETER_ERROR, details, ZH_CN))
                .isEqualTo("请求参数错误：iotId 为必填项; pageSize 必须在 1 到 50 之间; pageNo 必须是整数");
    }
}
