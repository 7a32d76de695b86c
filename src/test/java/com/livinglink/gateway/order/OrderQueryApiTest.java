package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** order/query (contract 11.6), with the clock stopped at {@link CloudStorageApiTest#DEFAULT_NOW}. */
class OrderQueryApiTest extends CloudStorageApiTest {

    static final Instant MARCH = Instant.parse("2024-03-01T02:00:00Z");
    static final Instant FEBRUARY = Instant.parse("2024-02-20T02:00:00Z");
    static final Instant JANUARY = Instant.parse("2024-01-01T00:00:00Z");

    static Envelope query(IotId device) {
        return envelope(Api.ORDER_QUERY, "iotId", device.value());
    }

    ApiResult post(Envelope envelope) {
        return call(Api.ORDER_QUERY, envelope);
    }

    static List<String> orderIds(JsonNode data) {
        var ids = new ArrayList<String>();
        data.get("orderList").forEach(order -> ids.add(order.get("orderId").asString()));
        return ids;
    }

    // data

    @Test
    void dataHoldsExactlyTheContractKeysInOrder() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", MARCH);

        var data = post(query(device)).data();

        assertThat(keys(data)).containsExactly("pageNo", "pageSize", "pageCount", "total", "orderList");
        for (var key : new String[] {"pageNo", "pageSize", "pageCount", "total"}) {
            assertThat(data.get(key).isInt()).as(key).isTrue();
        }
    }

    @Test
    void eachOrderIsExactlyWhatOrderGetAnswers() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", MARCH);

        var listed = post(query(device)).data().get("orderList").get(0);
        var read = order(device, order.value());

        assertThat(keys(listed)).containsExactly("iotId", "identityId", "commodityCode", "specification", "copies",
                "price", "userName", "userId", "orderId", "outOrderNo", "status", "paymentStatus", "recordType",
                "orderType", "startTime", "endTime", "startTimeUTC", "endTimeUTC", "preConsume");
        assertThat(listed).isEqualTo(read);
    }

    // records (rule 2)

    @Test
    void ordersAreNewestStartFirstThenByOrderId() {
        var device = fixtures.device("admin-1");
        var january = fixtures.boundOrder(device, "admin-1", JANUARY);
        var march = Stream.of(fixtures.boundOrder(device, "admin-1", MARCH),
                fixtures.boundOrder(device, "admin-1", MARCH)).map(OrderId::value).sorted().toList();
        var february = fixtures.boundOrder(device, "admin-1", FEBRUARY);

        var ids = orderIds(post(query(device)).data());

        assertThat(ids).containsExactly(march.get(0), march.get(1), february.value(), january.value());
    }

    @Test
    void everyStatusIsListedButNotOrdersOfOtherDevicesOrUnbound() {
        var device = fixtures.device("admin-1");
        var expired = fixtures.boundOrder(device, "admin-1", JANUARY);
        var running = fixtures.boundOrder(device, "admin-1", MARCH);
        fixtures.boundOrder(fixtures.device("admin-1"), "admin-1", MARCH);
        fixtures.paidOrder();

        var data = post(query(device)).data();

        assertThat(orderIds(data)).containsExactly(running.value(), expired.value());
        assertThat(data.get("orderList").get(1).get("status").asInt()).isEqualTo(1);
        assertThat(data.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aBoughtOrderIsListed() {
        var device = fixtures.device("admin-1");
        var bought = call(Api.COMMODITY_BUY, "iotId", device.value(), "userName", "u", "commodityCode",
                "ilopLVCloudResource", "specification", "eventResource_7", "copies", 1).data().get("orderId")
                .asString();

        assertThat(orderIds(post(query(device)).data())).containsExactly(bought);
    }

    // pages (rule 1)

    @Test
    void pagesAreZeroBasedAndCountedFromTheTotal() {
        var device = fixtures.device("admin-1");
        var january = fixtures.boundOrder(device, "admin-1", JANUARY);
        var february = fixtures.boundOrder(device, "admin-1", FEBRUARY);
        var march = fixtures.boundOrder(device, "admin-1", MARCH);

        var first = post(query(device).param("pageSize", 2)).data();
        var second = post(query(device).param("pageNo", "1").param("pageSize", "2")).data();

        assertThat(first.get("pageNo").asInt()).isZero();
        assertThat(first.get("pageSize").asInt()).isEqualTo(2);
        assertThat(first.get("pageCount").asInt()).isEqualTo(2);
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(orderIds(first)).containsExactly(march.value(), february.value());
        assertThat(second.get("pageNo").asInt()).isEqualTo(1);
        assertThat(orderIds(second)).containsExactly(january.value());
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", MARCH);

        var result = post(query(device).param("pageNo", 5));
        var far = post(query(device).param("pageNo", Integer.MAX_VALUE).param("pageSize", 50));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("orderList").isEmpty()).isTrue();
        assertThat(result.data().get("total").asInt()).isEqualTo(1);
        assertThat(result.data().get("pageCount").asInt()).isEqualTo(1);
        assertThat(far.code()).isEqualTo(200);
        assertThat(far.data().get("orderList").isEmpty()).isTrue();
    }

    @Test
    void aDeviceWithoutOrdersHasNoPages() {
        var data = post(query(fixtures.device("admin-1"))).data();

        assertThat(data.get("total").asInt()).isZero();
        assertThat(data.get("pageCount").asInt()).isZero();
        assertThat(data.get("orderList").isArray()).isTrue();
        assertThat(data.get("orderList").isEmpty()).isTrue();
    }

    @Test
    void withoutPageParamsTheFirstPageOfTwentyIsAnswered() {
        var data = post(query(fixtures.device("admin-1"))).data();

        assertThat(data.get("pageNo").asInt()).isZero();
        assertThat(data.get("pageSize").asInt()).isEqualTo(20);
    }

    @Test
    void aParameterErrorNamesEveryViolatedFieldOnce() {
        assertParameterError(post(envelope(Api.ORDER_QUERY, "pageNo", -1, "pageSize", 2.5)), "iotId", "pageNo",
                "pageSize");
    }

    @Test
    void anUnregisteredDeviceDoesNotExist() {
        assertThat(post(query(new IotId(Fixtures.unique("dev")))).code()).isEqualTo(28560);
    }

    // identity (rule 3)

    @Test
    void theAdministratorSeesEveryOrderIncludingAPreviousOwners() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "previous-owner", FEBRUARY);
        fixtures.boundOrder(device, "admin-1", MARCH);

        var data = post(query(device).iotToken(token("admin-1"))).data();

        assertThat(data.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void anotherUsersTokenIsAuthFailed() {
        var device = fixtures.device("admin-1");
        fixtures.boundOrder(device, "admin-1", MARCH);

        var result = post(query(device).iotToken(token("someone-else")));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message()).isEqualTo("auth failed");
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void onADeviceWithoutAdministratorATokenNeedsDeviceNoOwner() {
        var device = fixtures.device(null);
        fixtures.boundOrder(device, "user-x", MARCH);

        assertThat(post(query(device).iotToken(token("user-x"))).message()).isEqualTo("auth failed");
    }

    @Test
    void onADeviceWithoutAdministratorATokenSeesAndCountsOnlyItsOwnOrders() {
        var device = fixtures.device(null);
        var own = fixtures.boundOrder(device, "user-x", MARCH);
        fixtures.boundOrder(device, "user-y", FEBRUARY);

        var data = post(query(device).param("deviceNoOwner", "true").iotToken(token("user-x"))).data();

        assertThat(orderIds(data)).containsExactly(own.value());
        assertThat(data.get("total").asInt()).isEqualTo(1);
        assertThat(data.get("pageCount").asInt()).isEqualTo(1);
    }

    @Test
    void withoutATokenEveryOrderIsListed() {
        var device = fixtures.device(null);
        fixtures.boundOrder(device, "user-x", MARCH);
        fixtures.boundOrder(device, "user-y", FEBRUARY);

        assertThat(post(query(device)).data().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void anInvalidTokenIsRequestAuthError() {
        assertThat(post(query(fixtures.device("admin-1")).iotToken("not-a-jwt")).code()).isEqualTo(401);
    }

    // endpoint

    @Test
    void everyVersionUpToTheDocumentedOneIsAccepted() {
        var device = fixtures.device("admin-1");

        assertThat(post(query(device).apiVer("1.0.0")).code()).isEqualTo(200);
        var newer = post(query(device).apiVer("1.0.7"));
        assertThat(newer.code()).isEqualTo(404);
        assertThat(newer.message()).isEqualTo("service not found. supported apiVer: 1.0.0 - 1.0.6");
    }

    @Test
    void plainHttpIsServed() {
        assertThat(overPlainHttp(Api.ORDER_QUERY, query(fixtures.device("admin-1"))).code()).isEqualTo(200);
    }
}
