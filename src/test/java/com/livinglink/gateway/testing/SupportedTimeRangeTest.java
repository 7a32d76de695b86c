package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The supported time range on the wire (contract 11.2.7), as a suite meets it on the demo gateway: an instant the
 * gateway cannot print is refused where it enters, a plan whose window would end after the range is code 460
 * naming its cause and writes nothing, and at either end of the range every answer has four-digit years.
 */
@TestControlTest
class SupportedTimeRangeTest {

    static final String KZ2_DEVICE = "QIuozfUcxRX6frOTO4dKz2****";
    static final String QUEUED_ORDER = "202210131******050001";

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        operator.reset();
    }

    @Test
    void aClockAMillionMillenniaAgoIsRefusedSoEnableAndReadsKeepAnswering() {
        var refused = operator.put("/admin/test/clock", "{\"fixed\":\"-1000000000-01-01T00:00:00Z\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(call(ApiEndpoint.COMMODITY_ENABLE, "iotId", KZ2_DEVICE, "orderId", QUEUED_ORDER).code())
                .isEqualTo(200);
        assertThat(call(ApiEndpoint.GET_ORDER, "iotId", KZ2_DEVICE, "orderId", QUEUED_ORDER).code()).isEqualTo(200);
        assertThat(call(ApiEndpoint.ORDER_QUERY, "iotId", KZ2_DEVICE).code()).isEqualTo(200);
        assertThat(call(ApiEndpoint.FREECLOUDSTORAGE_GET, "iotId", KZ2_DEVICE).code()).isEqualTo(200);
    }

    @Test
    void aPurchaseWhoseCopiesWouldEndAfterTheRangeIsCode460NamingCopiesAndWritesNothing() {
        fix("9999-06-01T00:00:00Z");

        var refused = buy(100, true);

        assertThat(refused.code()).isEqualTo(460);
        assertThat(refused.message()).isEqualTo("request parameter error: copies would make the plan end after "
                + "9999-12-31T15:59:59Z, the last supported time");
        assertThat(refused.localizedMsg()).isEqualTo("请求参数错误：copies 会使套餐在支持的最晚时间 9999-12-31T15:59:59Z 之后才结束");
        assertThat(total(DEMO_DEVICE)).isEqualTo(1);
    }

    @Test
    void aDeviceQueueReachingYear10000IsCode460NamingTheQueueAndWritesNothing() {
        fix("9991-06-01T00:00:00Z");
        assertThat(buy(100, true).code()).isEqualTo(200);

        var refused = buy(4, false);

        assertThat(refused.code()).isEqualTo(460);
        assertThat(refused.message()).isEqualTo("request parameter error: queue: the device's plans end too late "
                + "for this plan to end by 9999-12-31T15:59:59Z, the last supported time");
        assertThat(refused.localizedMsg()).isEqualTo(
                "请求参数错误：queue：设备已有套餐结束得太晚，此套餐无法在支持的最晚时间 9999-12-31T15:59:59Z 之前结束");
        assertThat(total(DEMO_DEVICE)).isEqualTo(2);
        assertThat(buy(4, true).code()).isEqualTo(200);
    }

    @Test
    void aClaimWhoseMonthsWouldEndAfterTheRangeIsCode460NamingQuotaAndWritesNothing() {
        fix("9999-11-01T00:00:00Z");

        var refused = call(ApiEndpoint.FREECLOUDSTORAGE_CONSUME, "iotId", DEMO_DEVICE, "quota", 3,
                "immediateUse", true);

        assertThat(refused.code()).isEqualTo(460);
        assertThat(refused.message()).startsWith("request parameter error: quota would make the plan end after");
        var plan = call(ApiEndpoint.FREECLOUDSTORAGE_GET, "iotId", DEMO_DEVICE).data();
        assertThat(plan.get("consumed").asInt()).isZero();
        assertThat(plan.get("remainQuota").asInt()).isEqualTo(3);
    }

    @Test
    void atEitherEndOfTheRangeEveryAnswerHasFourDigitYears() {
        fix("1970-01-01T00:00:00Z");
        var bought = buy(1, true);
        assertThat(bought.data().get("orderId").asString()).matches("19700101080000[0-9]{7}");
        var orderId = bought.data().get("orderId").asString();
        assertThat(call(ApiEndpoint.FREECLOUDSTORAGE_CONSUME, "iotId", DEMO_DEVICE).code()).isEqualTo(200);
        assertFourDigitYears(call(ApiEndpoint.GET_ORDER, "iotId", DEMO_DEVICE, "orderId", orderId));

        fix("9999-12-31T15:59:59Z");

        assertThat(buy(1, true).code()).isEqualTo(460);
        assertFourDigitYears(call(ApiEndpoint.GET_ORDER, "iotId", DEMO_DEVICE, "orderId", orderId));
        assertFourDigitYears(call(ApiEndpoint.ORDER_QUERY, "iotId", DEMO_DEVICE));
        assertFourDigitYears(call(ApiEndpoint.FREECLOUDSTORAGE_GET, "iotId", DEMO_DEVICE));
        assertFourDigitYears(call(ApiEndpoint.STATUS_SET, "iotId", DEMO_DEVICE, "orderId", orderId, "status", 2));
        assertFourDigitYears(call(ApiEndpoint.STATUS_SET, "iotId", DEMO_DEVICE, "orderId", DEMO_BOUND_ORDER,
                "status", 2));
        assertFourDigitYears(call(ApiEndpoint.FREECLOUDSTORAGE_STATUS_SET, "iotId", DEMO_DEVICE, "status", 2));
    }

    private void fix(String instant) {
        assertThat(operator.put("/admin/test/clock", "{\"fixed\":\"" + instant + "\"}").status()).isEqualTo(200);
    }

    private ApiResult buy(int copies, boolean immediateUse) {
        return call(ApiEndpoint.COMMODITY_BUY, "iotId", DEMO_DEVICE, "userName", "123", "commodityCode",
                "ilopLVCloudResource", "specification", "eventResource_7", "copies", copies, "immediateUse",
                immediateUse);
    }

    private long total(String device) {
        return call(ApiEndpoint.ORDER_QUERY, "iotId", device).data().get("total").asLong();
    }

    /** {@code endpoint} at its documented version; {@code params} as name, value, name, value… */
    private ApiResult call(ApiEndpoint endpoint, Object... params) {
        var envelope = Envelope.get().apiVer(endpoint.documentedVersion().toString());
        for (int i = 0; i < params.length; i += 2) {
            envelope.param((String) params[i], params[i + 1]);
        }
        return api.post(endpoint.path(), envelope.json());
    }

    /** Every time the answer writes has a four-digit year, whatever its format. */
    private static void assertFourDigitYears(ApiResult answer) {
        assertThat(answer.code()).as(answer.body()).isEqualTo(200);
        assertThat(times(answer.data())).isNotEmpty().allSatisfy(time -> assertThat(time).matches("([0-9]{4}-.*)?"));
    }

    private static java.util.List<String> times(JsonNode node) {
        var found = new java.util.ArrayList<String>();
        if (node.isObject()) {
            for (var name : node.propertyNames()) {
                var value = node.get(name);
                if (name.matches("(start|end)Time(UTC|Str)?") && value.isString()) {
                    found.add(value.asString());
                }
                found.addAll(times(value));
            }
        }
        else if (node.isArray()) {
            node.forEach(element -> found.addAll(times(element)));
        }
        return found;
    }
}
