package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * bind/order (contract section 3) on the wire: over HTTPS only, its envelope, and its parameter errors. Each
 * parameter's rule is {@code BindOrderParamsTest}'s; the rules of binding are the order's and its service's.
 */
class BindOrderApiTest extends CloudStorageApiTest {

    @Autowired
    OrderService orders;

    Envelope bind(OrderId order) {
        return envelope(Api.BIND_ORDER, "iotId", fixtures.device("admin-1").value(), "orderId", order.value());
    }

    @Test
    void aBindIsAnsweredWithNullMessagesAndData() {
        var result = call(Api.BIND_ORDER, bind(fixtures.paidOrder()));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).endsWith("\"code\":200,\"message\":null,\"localizedMsg\":null,\"data\":null}");
    }

    @Test
    void theParamsAsSentAreStoredWithTheOrder() {
        var order = fixtures.paidOrder();
        var name = " 用户 1581053**** ";

        var result = call(Api.BIND_ORDER, bind(order).param("userName", name).param("userId", "")
                .param("enableDefaultPlan", "true").param("preRecordDuration", "3").param("recordDuration", 30)
                .param("eventRecordProlong", true).param("maxRecordFileDuration", "600"));

        assertThat(result.code()).as(result.body()).isEqualTo(200);
        var stored = orders.find(order).orElseThrow();
        assertThat(stored.userName()).isEqualTo(name);
        assertThat(stored.userId()).isEmpty();
        assertThat(stored.recordingSettings()).isEqualTo(new RecordingSettings(true, 3, 30, true, 600));
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        var result = call(Api.BIND_ORDER, "iotId", "", "userName", "n".repeat(129), "enableDefaultPlan", "maybe",
                "preRecordDuration", 6, "recordDuration", 31, "eventRecordProlong", 2, "maxRecordFileDuration", 599);

        assertParameterError(result, "iotId", "orderId", "userName", "enableDefaultPlan", "preRecordDuration",
                "recordDuration", "eventRecordProlong", "maxRecordFileDuration");
    }

    @Test
    void aRejectedRequestChangesNothing() {
        var order = fixtures.paidOrder();

        call(Api.BIND_ORDER, bind(order).param("preRecordDuration", 6));

        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }

    @Test
    void isRefusedOverPlainHttpAndBindsNothing() {
        var order = fixtures.paidOrder();

        var result = overPlainHttp(Api.BIND_ORDER, bind(order));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        assertThat(orders.find(order).orElseThrow().iotId()).isEmpty();
    }
}
