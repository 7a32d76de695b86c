package com.livinglink.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;
import com.livinglink.gateway.support.Envelope;
import org.junit.jupiter.api.Test;

/** commodity/query (contract 11.3), on {@link CloudStorageApiTest}'s catalog of three plans. */
class CommodityQueryApiTest extends CloudStorageApiTest {

    ApiResult query(Envelope envelope) {
        return call(Api.COMMODITY_QUERY, envelope);
    }

    static Envelope envelope() {
        return envelope(Api.COMMODITY_QUERY);
    }

    @Test
    void dataIsAnArrayOfEveryPlanInConfigurationOrderPurchasableOrNot() {
        var data = query(envelope()).data();

        assertThat(data.isArray()).isTrue();
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.get(0).get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(data.get(1).get("specification").asString()).isEqualTo("fullResource_7");
        assertThat(data.get(2).get("specification").asString()).isEqualTo("fullResource_30");
    }

    @Test
    void eachPlanHoldsExactlyTheContractKeysInOrder() {
        var plan = query(envelope()).data().get(0);

        assertThat(keys(plan)).containsExactly("commodityName", "commodityCode", "specification", "recordType", "price",
                "lifecycle", "months");
    }

    @Test
    void eachPlanCarriesItsCatalogValues() {
        var data = query(envelope()).data();

        assertThat(data.get(0).toString()).isEqualTo("{\"commodityName\":\"事件型7天\",\"commodityCode\":"
                + "\"ilopLVCloudResource\",\"specification\":\"eventResource_7\",\"recordType\":2,\"price\":\"1.0\","
                + "\"lifecycle\":7,\"months\":1}");
        assertThat(data.get(1).toString()).isEqualTo("{\"commodityName\":\"连续型7天\",\"commodityCode\":"
                + "\"ilopLVCloudResource\",\"specification\":\"fullResource_7\",\"recordType\":1,\"price\":\"0.5\","
                + "\"lifecycle\":7,\"months\":2}");
    }

    @Test
    void anyValidTokenMayList() {
        assertThat(query(envelope().iotToken(token("anyone"))).code()).isEqualTo(200);
    }

    @Test
    void anInvalidTokenIsRequestAuthError() {
        var result = query(envelope().iotToken("not-a-jwt"));

        assertThat(result.code()).isEqualTo(401);
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void everyVersionUpToTheDocumentedOneIsAccepted() {
        assertThat(query(envelope().apiVer("1.0.0")).code()).isEqualTo(200);
        var newer = query(envelope().apiVer("1.0.5"));
        assertThat(newer.code()).isEqualTo(404);
        assertThat(newer.message()).isEqualTo("service not found. supported apiVer: 1.0.0 - 1.0.4");
    }

    @Test
    void plainHttpIsServed() {
        assertThat(overPlainHttp(Api.COMMODITY_QUERY, envelope()).code()).isEqualTo(200);
    }
}
