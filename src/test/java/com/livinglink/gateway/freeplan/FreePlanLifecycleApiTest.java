package com.livinglink.gateway.freeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;


/**
 * The free plan's whole life on one device (contract 11.15): claim, enable, freeze, a new administrator, a
 * second claim, read back through freecloudstorage/get and order/get after every step, and through
 * order/query at the end.
 */
class FreePlanLifecycleApiTest extends FreePlanApiTest {

    @Test
    void claimEnableFreezeNewAdministratorClaimAgain() {
        var device = fixtures.device("admin-a");
        fixtures.boundOrder(device, "admin-a", NOW.minus(Duration.ofDays(10)));

        // admin-a claims one month, queued behind the paid order that ends on 2024-03-20
        assertThat(consume(device).code()).isEqualTo(200);
        var first = adminDevice(device).json().get("claims").get(0).get("orderId").asString();
        var view = get(device).data();
        assertThat(view.get("consumed").asInt()).isEqualTo(1);
        assertThat(view.get("startTimeUTC").asString()).isEqualTo("2024-03-20T00:00:00Z");
        assertThat(view.get("remainQuota").asInt()).isEqualTo(2);
        assertThat(getOrder(device, first).data().get("status").asInt()).isZero();
        assertThat(getOrder(device, first).data().get("preConsume").asInt()).isZero();

        // an hour later admin-a enables it: it runs from now, for as long as it would have
        clock.set(NOW.plus(Duration.ofHours(1)));
        assertThat(enable(device).code()).isEqualTo(200);
        assertThat(get(device).data().get("startTimeUTC").asString()).isEqualTo("2024-03-01T01:00:00Z");
        assertThat(getOrder(device, first).data().get("startTimeUTC").asString())
                .isEqualTo("2024-03-01T01:00:00Z");

        // a day later it is frozen: for good, nothing refunded
        clock.set(NOW.plus(Duration.ofHours(25)));
        assertThat(freeze(device).data().get("expired").asInt()).isEqualTo(2);
        assertThat(getOrder(device, first).data().get("status").asInt()).isEqualTo(2);
        assertThat(getOrder(device, first).data().get("preConsume").asInt()).isEqualTo(86400);
        assertThat(get(device).data().get("remainQuota").asInt()).isEqualTo(2);

        // the camera changes hands: the view follows admin-b, who has not claimed
        putDevice(device, "{\"ownerIdentityId\":\"admin-b\"}");
        var newOwnersView = get(device).data();
        assertThat(newOwnersView.get("consumed").asInt()).isZero();
        assertThat(newOwnersView.get("months").asInt()).isEqualTo(2);
        assertThat(newOwnersView.get("startTime").asString()).isEmpty();
        assertThat(newOwnersView.get("expired").asInt()).isZero();
        assertThat(check(device).code()).isEqualTo(200);

        // admin-b claims what is left, now
        var claimed = consume(device, "quota", 2, "immediateUse", true).data();
        assertThat(claimed.get("consumed").asInt()).isEqualTo(1);
        assertThat(claimed.get("months").asInt()).isEqualTo(2);
        assertThat(claimed.get("expired").asInt()).isZero();
        assertThat(claimed.get("startTimeUTC").asString()).isEqualTo("2024-03-02T01:00:00Z");
        assertThat(claimed.get("endTimeUTC").asString()).isEqualTo("2024-05-02T01:00:00Z");
        assertThat(claimed.get("remainQuota").asInt()).isZero();
        assertThat(get(device).data()).isEqualTo(claimed);

        var stored = adminDevice(device).json();
        assertThat(stored.get("claims")).hasSize(2);
        assertThat(stored.get("claims").get(1).get("identityId").asString()).isEqualTo("admin-b");
        var second = stored.get("claims").get(1).get("orderId").asString();
        var order = getOrder(device, second).data();
        assertThat(order.get("identityId").asString()).isEqualTo("admin-b");
        assertThat(order.get("orderType").asInt()).isEqualTo(1);
        assertThat(order.get("copies").asInt()).isEqualTo(2);
        assertThat(order.get("status").asInt()).isZero();
        // admin-a's frozen order stays bound to the device
        assertThat(getOrder(device, first).data().get("status").asInt()).isEqualTo(2);
        assertThat(check(device).code()).isEqualTo(29608);

        // order/query lists both claims with the paid order, newest start first, each in its state
        var listed = queryOrders(device).data().get("orderList");
        assertThat(listed.valueStream().map(listedOrder -> listedOrder.get("orderId").asString()))
                .containsExactly(second, first, listed.get(2).get("orderId").asString());
        assertThat(listed.valueStream().map(listedOrder -> listedOrder.get("orderType").asInt()))
                .containsExactly(1, 1, 0);
        assertThat(listed.valueStream().map(listedOrder -> listedOrder.get("status").asInt()))
                .containsExactly(0, 2, 0);
    }
}
