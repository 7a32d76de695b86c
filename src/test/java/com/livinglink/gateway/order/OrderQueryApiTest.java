package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** order/query (contract 11.6) over real HTTP, with the clock pinned by {@link PaidApiTest}. */
@PaidApiTest
class OrderQueryApiTest {

    static final String PATH = Api.ORDER_QUERY.path();
    static final Instant MARCH = Instant.parse("2024-03-01T02:00:00Z");
    static final Instant FEBRUARY = Instant.parse("2024-02-20T02:00:00Z");
    static final Instant JANUARY = Instant.parse("2024-01-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IotTokens iotTokens;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Envelope query(IotId device) {
        return Envelope.get().param("iotId", device.value());
    }

    ApiResult post(Envelope envelope) {
        return api.post(PATH, envelope.json());
    }

    String token(String identity) {
        return iotTokens.issue(new IdentityId(identity), Duration.ofMinutes(5));
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

        var keys = new ArrayList<String>();
        data.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("pageNo", "pageSize", "pageCount", "total", "orderList");
        for (var key : new String[] {"pageNo", "pageSize", "pageCount", "total"}) {
            assertThat(data.get(key).isInt()).as(key).isTrue();
        }
    }

    @Test
    void eachOrderIsExactlyWhatOrderGetAnswers() {
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", MARCH);

        var listed = post(query(device)).data().get("orderList").get(0);
        var read = api.get(Envelope.get().param("iotId", device.value()).param("orderId", order.value())).data();

        var keys = new ArrayList<String>();
        listed.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("iotId", "identityId", "commodityCode", "specification", "copies", "price",
                "userName", "userId", "orderId", "outOrderNo", "status", "paymentStatus", "recordType", "orderType",
                "startTime", "endTime", "startTimeUTC", "endTimeUTC", "preConsume");
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
        var bought = api.post(Api.COMMODITY_BUY.path(), Envelope.get().param("iotId", device.value())
                .param("userName", "u").param("commodityCode", "ilopLVCloudResource")
                .param("specification", "eventResource_7").param("copies", 1).json()).data().get("orderId").asString();

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
    void pageNoDefaultsToZeroAndPageSizeToTwenty() {
        var data = post(query(fixtures.device("admin-1"))).data();

        assertThat(data.get("pageNo").asInt()).isZero();
        assertThat(data.get("pageSize").asInt()).isEqualTo(20);
    }

    @Test
    void pageSizeIsOneToFiftyAndPageNoNotNegative() {
        var device = fixtures.device("admin-1");

        assertThat(post(query(device).param("pageSize", 0)).message())
                .isEqualTo("request parameter error: pageSize must be between 1 and 50");
        assertThat(post(query(device).param("pageSize", "51").param("pageNo", -1)).message())
                .isEqualTo("request parameter error: pageNo must be between 0 and 2147483647; "
                        + "pageSize must be between 1 and 50");
        assertThat(post(query(device).param("pageSize", 50)).code()).isEqualTo(200);
        assertThat(post(query(device).param("pageSize", 1)).code()).isEqualTo(200);
    }

    @Test
    void pageNoAndPageSizeMustBeIntegers() {
        var result = post(query(fixtures.device("admin-1")).param("pageNo", "first").param("pageSize", 2.5));

        assertThat(result.message()).isEqualTo("request parameter error: pageNo must be an integer; "
                + "pageSize must be an integer");
    }

    @Test
    void iotIdIsRequired() {
        assertThat(post(Envelope.get()).message()).isEqualTo("request parameter error: iotId is required");
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
        var body = query(fixtures.device("admin-1")).json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.TEST_APP.sign(api.request(PATH).header("Content-Type", "application/json"),
                PATH, "application/json", body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(api.send(request).code()).isEqualTo(200);
    }
}
