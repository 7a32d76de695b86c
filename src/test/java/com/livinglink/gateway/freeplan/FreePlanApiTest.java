package com.livinglink.gateway.freeplan;

import java.time.Instant;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.CloudStorageApiTest;

/**
 * The HTTP tests of the free-plan APIs, from {@link #NOW} on: the calls of contract 11.10–11.14 on one device,
 * and the device as the operator API shows it.
 */
abstract class FreePlanApiTest extends CloudStorageApiTest {

    static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");

    FreePlanApiTest() {
        super(NOW);
    }

    ApiResult get(IotId device) {
        return call(Api.FREECLOUDSTORAGE_GET, "iotId", device.value());
    }

    /** A claim on {@code device}; {@code params} are more params as name, value, name, value… */
    ApiResult consume(IotId device, Object... params) {
        return call(Api.FREECLOUDSTORAGE_CONSUME,
                envelope(Api.FREECLOUDSTORAGE_CONSUME, "iotId", device.value()).params(params));
    }

    ApiResult enable(IotId device) {
        return call(Api.FREECLOUDSTORAGE_ENABLE, "iotId", device.value());
    }

    ApiResult freeze(IotId device) {
        return call(Api.FREECLOUDSTORAGE_STATUS_SET, "iotId", device.value(), "status", 2);
    }

    ApiResult check(IotId device) {
        return call(Api.FREESTORAGE_QUOTA_CHECK, "iotId", device.value());
    }

    ApiResult queryOrders(IotId device) {
        return call(Api.ORDER_QUERY, "iotId", device.value());
    }

    /** The operator API: {@code GET /admin/devices/{iotId}}. */
    ApiResult adminDevice(IotId device) {
        return operator("/admin/devices/" + device.value());
    }

    /** The operator API: {@code PUT /admin/devices/{iotId}} with this JSON body. */
    ApiResult putDevice(IotId device, String json) {
        return putOperator("/admin/devices/" + device.value(), json);
    }
}
