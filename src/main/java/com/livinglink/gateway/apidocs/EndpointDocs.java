package com.livinglink.gateway.apidocs;

import static com.livinglink.gateway.order.RecordingSettings.*;

import java.util.Arrays;
import java.util.List;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.commodity.CommodityData;
import com.livinglink.gateway.freeplan.EnabledFreePlanData;
import com.livinglink.gateway.freeplan.FreePlanData;
import com.livinglink.gateway.order.BuyCommodityData;
import com.livinglink.gateway.order.CommodityCheckData;
import com.livinglink.gateway.order.FrozenOrderData;
import com.livinglink.gateway.order.OrderData;
import com.livinglink.gateway.order.OrderQueryData;
import com.livinglink.gateway.order.PlanData;

/**
 * What the description says of one API beyond its path and its params record: the codes it answers, and the
 * seed's request and response examples (contract sections 3, 4 and 10).
 *
 * @param name the API's name in operation ids and schema names, e.g. {@code BindOrder}
 * @param data the record of {@code data} on success; {@code null} where it is always null
 * @param results the API-level codes this API answers with, besides the ones every API has
 * @param seedRequest the seed document's request example, as it stands
 * @param seedData the seed's {@code data} on success, as the demo profile answers it
 * @param dataIsArray {@code data} is a JSON array of {@code data} records (commodity/query)
 */
record EndpointDocs(ApiEndpoint endpoint, String name, String summary, String description,
        Class<? extends Record> data,
        List<ResultCode> results, String seedRequest, String seedData, ResultCode seedError,
        Detail parameterViolation, boolean dataIsArray) {

    EndpointDocs(ApiEndpoint endpoint, String name, String summary, String description, Class<? extends Record> data,
            List<ResultCode> results, String seedRequest, String seedData, ResultCode seedError,
            Detail parameterViolation) {
        this(endpoint, name, summary, description, data, results, seedRequest, seedData, seedError,
                parameterViolation, false);
    }

    /** Codes every API answers with (contract section 6). */
    static final List<ResultCode> EVERY_API = List.of(ResultCode.SUCCESS, ResultCode.REQUEST_ERROR,
            ResultCode.REQUEST_AUTH_ERROR, ResultCode.REQUEST_FORBIDDEN, ResultCode.SERVICE_NOT_FOUND,
            ResultCode.PARAMETER_ERROR, ResultCode.AUTH_FAILED, ResultCode.SERVICE_ERROR,
            ResultCode.SERVICE_NOT_AVAILABLE);

    static EndpointDocs of(ApiEndpoint endpoint) {
        return switch (endpoint) {
            case BIND_ORDER -> new EndpointDocs(endpoint, "BindOrder",
                    "Bind a cloud-storage order to the device's administrator",
                    """
                    Binds a paid order to the device `iotId` for its administrator, stores the purchaser and the \
                    recording settings, and starts the service (start = now, end = start + copies × the \
                    commodity's months). Binding again to the same device replaces the purchaser and settings and \
                    keeps start and end; an order bound to another device is 29601. With an `iotToken`, its \
                    identity must be the device's administrator. `data` is null on success.""",
                    null,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST,
                            ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE, ResultCode.ORDER_NOT_PAID, ResultCode.ORDER_FROZEN,
                            ResultCode.ORDER_EXPIRED, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******040001",
                     "userName":"1581053****","userId":"1581053****","enableDefaultPlan":true,"preRecordDuration":5,
                     "recordDuration":10,"eventRecordProlong":false,"maxRecordFileDuration":1800}}""",
                    null,
                    ResultCode.REQUEST_FORBIDDEN,
                    new Detail("violation.range", "preRecordDuration", String.valueOf(MIN_PRE_RECORD_DURATION),
                            String.valueOf(MAX_PRE_RECORD_DURATION)));
            case GET_ORDER -> new EndpointDocs(endpoint, "GetOrder", "Read one order of a device",
                    """
                    Reads the order `orderId` bound to the device `iotId` (any other order is 29600: orders of \
                    other devices are never revealed). Without an `iotToken` the signing app is trusted. With one, \
                    its identity must be the device's administrator or, for a device without one and \
                    `deviceNoOwner` true, the order's own identity; anybody else gets 460 `auth failed`. `status` \
                    is derived when read: frozen 2, unpaid 3, past its end 1, else 0.""",
                    OrderData.class,
                    List.of(ResultCode.ORDER_NOT_EXIST),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.6"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****",
                     "deviceNoOwner":false}}""",
                    """
                    {"iotId":"QIuozfUcxRX6frOTO4dK****","identityId":"123","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":1,"price":"1.0","userName":"123","userId":"123",
                     "orderId":"20200731124115****","outOrderNo":"20670001970****","status":0,"paymentStatus":1,
                     "recordType":2,"orderType":0,"startTime":"2020-08-25 10:00:00","endTime":"2020-09-25 10:00:00",
                     "startTimeUTC":"2020-08-25T02:00:00Z","endTimeUTC":"2020-09-25T02:00:00Z","preConsume":597600}""",
                    ResultCode.AUTH_FAILED,
                    new Detail("violation.required", "iotId"));
            case COMMODITY_QUERY -> new EndpointDocs(endpoint, "QueryCommodities", "List the cloud-storage plans",
                    """
                    Lists every plan of the catalog, purchasable or not, in the configuration's order; `data` is a \
                    JSON array. There are no params (unknown keys, such as an `iotId`, are ignored). An `iotToken` \
                    that is sent is verified (401), but no device rule applies.""",
                    CommodityData.class,
                    List.of(),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.4"},"params":{}}""",
                    """
                    [{"commodityName":"事件型7天","commodityCode":"ilopLVCloudResource","specification":"eventResource_7",
                      "recordType":2,"price":"1.0","lifecycle":7,"months":1},
                     {"commodityName":"事件型30天","commodityCode":"ilopLVCloudResource",
                      "specification":"eventResource_30","recordType":2,"price":"1.0","lifecycle":30,"months":1},
                     {"commodityName":"连续型7天","commodityCode":"ilopLVCloudResource","specification":"fullResource_7",
                      "recordType":1,"price":"1.0","lifecycle":7,"months":1},
                     {"commodityName":"连续型30天","commodityCode":"ilopLVCloudResource",
                      "specification":"fullResource_30","recordType":1,"price":"1.0","lifecycle":30,"months":1}]""",
                    ResultCode.REQUEST_FORBIDDEN,
                    new Detail("violation.string", "iotId"), true);
            case COMMODITY_CHECK -> new EndpointDocs(endpoint, "CheckCommodity",
                    "Whether a plan can be bought for a device",
                    """
                    Answers `available` true when the plan (`commodityCode`, `specification`) is in the catalog and \
                    purchasable, false otherwise (an unknown plan is not an error). The device must be registered. \
                    With an `iotToken` on a device with an administrator, its identity must be that administrator; \
                    on a device without one anybody may ask.""",
                    CommodityCheckData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.3"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7"}}""",
                    """
                    {"available":true}""",
                    ResultCode.DEVICE_NOT_EXIST,
                    new Detail("violation.required", "commodityCode"));
            case COMMODITY_BUY -> new EndpointDocs(endpoint, "BuyCommodity", "Buy a plan for a device",
                    """
                    Creates a new paid order of `copies` of the plan, bound to the device `iotId`, and answers its \
                    `orderId` (21 digits: the second of purchase, `yyyyMMddHHmmss` in the service zone, and a \
                    7-digit sequence; never the same twice). `price` is the catalog price × copies. With `immediateUse` the plan \
                    starts now, else when the device's current plans end; it runs copies × the plan's months. A \
                    device with an administrator buys for that administrator (an `iotToken` must be theirs); a \
                    device without one only with `deviceNoOwner` true (else 29605), for the `iotToken`'s \
                    identity if one is sent. A plan not in the catalog or not purchasable is 29606. Every call \
                    creates an order; it is committed before the answer. Budget: 10000 ms.""",
                    BuyCommodityData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                            ResultCode.COMMODITY_NOT_AVAILABLE),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.8"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","userName":"123","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":1,"enableDefaultPlan":true,"immediateUse":true,
                     "preRecordDuration":5,"recordDuration":10,"eventRecordProlong":true,"maxRecordFileDuration":1800,
                     "userId":"123","deviceNoOwner":false}}""",
                    """
                    {"orderId":"202403101205060000001"}""",
                    ResultCode.COMMODITY_NOT_AVAILABLE,
                    new Detail("violation.range", "copies", String.valueOf(1), String.valueOf(100)));
            case ORDER_QUERY -> new EndpointDocs(endpoint, "QueryOrders", "Page through a device's orders",
                    """
                    Lists the orders bound to the device `iotId` (paid and free, any status), newest `startTime` \
                    first, then by `orderId`; pages are 0-based (`pageNo`, default 0; `pageSize` 1–50, default \
                    20), a page past the end is empty. Each order has exactly order/get's keys. Without an \
                    `iotToken` every order is listed. With one: on a device with an administrator it must be \
                    theirs (460) and every order is listed; on a device without one `deviceNoOwner` must be true \
                    (460) and only the orders bound for the token's identity are listed and counted.""",
                    OrderQueryData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.6"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","pageNo":0,"pageSize":20,"deviceNoOwner":false}}""",
                    """
                    {"pageNo":0,"pageSize":20,"pageCount":1,"total":1,"orderList":[
                     {"iotId":"QIuozfUcxRX6frOTO4dK****","identityId":"123","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":1,"price":"1.0","userName":"123","userId":"123",
                     "orderId":"20200731124115****","outOrderNo":"20670001970****","status":0,"paymentStatus":1,
                     "recordType":2,"orderType":0,"startTime":"2020-08-25 10:00:00","endTime":"2020-09-25 10:00:00",
                     "startTimeUTC":"2020-08-25T02:00:00Z","endTimeUTC":"2020-09-25T02:00:00Z","preConsume":597600}]}""",
                    ResultCode.AUTH_FAILED,
                    new Detail("violation.range", "pageSize", String.valueOf(1), String.valueOf(50)));
            case FREECLOUDSTORAGE_GET -> new EndpointDocs(endpoint, "GetFreePlan", "Read the device's free plan",
                    """
                    The device's free cloud-storage plan as its claimant sees it: the device's administrator, or for \
                    a device without one the identity of its latest claim. `consumed` 0 until they claim, with the \
                    four times as empty strings and `months` the gift months left; after a claim, the claim's months \
                    and times, `expired` 1 past its end and 2 when frozen. `remainQuota` is the device's gift months \
                    left. With an `iotToken`, its identity must be the administrator (or, on a device without one \
                    that was claimed, the latest claimant). HTTPS only.""",
                    FreePlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.1"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****"}}""",
                    """
                    {"type":2,"lifecycle":7,"months":3,"consumed":0,"startTime":"","endTime":"","expired":0,
                     "startTimeUTC":"","endTimeUTC":"","remainQuota":3}""",
                    ResultCode.REQUEST_FORBIDDEN,
                    new Detail("violation.required", "iotId"));
            case FREECLOUDSTORAGE_CONSUME -> new EndpointDocs(endpoint, "ConsumeFreePlan",
                    "Claim the device's free plan for its administrator",
                    """
                    The device's administrator claims `quota` of the device's gift months: a free order \
                    (`orderType` 1, price 0.0) is bound to the device for them, starting now with `immediateUse` \
                    true, else when the device's current plans end; `remainQuota` goes down by `quota`. Each \
                    identity claims once per device (29608), at most the configured number of identities claim on \
                    one device (29609), and `quota` may not exceed the months left (29610). The device needs an \
                    administrator (29605); with an `iotToken`, its identity must be that administrator. `data` is \
                    the plan after the claim. HTTPS only.""",
                    FreePlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                            ResultCode.FREE_STORAGE_ALREADY_CLAIMED, ResultCode.FREE_STORAGE_CLAIM_LIMIT_REACHED,
                            ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.4"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","enableDefaultPlan":true,"immediateUse":true,
                     "preRecordDuration":5,"recordDuration":10,"quota":3,"eventRecordProlong":true}}""",
                    """
                    {"type":2,"lifecycle":7,"months":3,"consumed":1,"startTime":"2020-09-01 08:00:00",
                     "endTime":"2020-12-01 08:00:00","expired":0,"startTimeUTC":"2020-09-01T00:00:00Z",
                     "endTimeUTC":"2020-12-01T00:00:00Z","remainQuota":0}""",
                    ResultCode.FREE_STORAGE_ALREADY_CLAIMED,
                    new Detail("violation.range", "quota", "1", "3"));
            case FREECLOUDSTORAGE_ENABLE -> new EndpointDocs(endpoint, "EnableFreePlan",
                    "Make the claimed free plan take effect now",
                    """
                    The free order of the device's claimant (as freecloudstorage/get shows it) takes effect now if \
                    it is queued: its start becomes now and its window keeps its length; one already in effect stays \
                    as it is. No claim: 29611; frozen: 29603; ended: 29604. Identity as freecloudstorage/get. `data` \
                    has the keys of freecloudstorage/get without `remainQuota`. HTTPS only.""",
                    EnabledFreePlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED,
                            ResultCode.FREE_STORAGE_NOT_CLAIMED),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****"}}""",
                    """
                    {"type":2,"lifecycle":7,"months":3,"consumed":1,"startTime":"2020-09-01 08:00:00",
                     "endTime":"2020-12-01 08:00:00","expired":0,"startTimeUTC":"2020-09-01T00:00:00Z",
                     "endTimeUTC":"2020-12-01T00:00:00Z"}""",
                    ResultCode.FREE_STORAGE_NOT_CLAIMED,
                    new Detail("violation.required", "iotId"));
            case FREECLOUDSTORAGE_STATUS_SET -> new EndpointDocs(endpoint, "FreezeFreePlan",
                    "Freeze the claimed free plan",
                    """
                    Freezes the free order of the device's claimant (as freecloudstorage/get shows it): `status` 2 \
                    is the only value (anything else is 460). Frozen is for good: its service stops now, the claim \
                    stays counted and no months go back to the quota; freezing again succeeds. No claim: 29611. \
                    Identity as freecloudstorage/get. `data` is the plan after the call (`expired` 2). HTTPS only.""",
                    FreePlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.FREE_STORAGE_NOT_CLAIMED),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","status":2}}""",
                    """
                    {"type":2,"lifecycle":7,"months":3,"consumed":1,"startTime":"2020-09-01 08:00:00",
                     "endTime":"2020-12-01 08:00:00","expired":2,"startTimeUTC":"2020-09-01T00:00:00Z",
                     "endTimeUTC":"2020-12-01T00:00:00Z","remainQuota":0}""",
                    ResultCode.FREE_STORAGE_NOT_CLAIMED,
                    new Detail("violation.range", "status", "2", "2"));
            case FREESTORAGE_QUOTA_CHECK -> new EndpointDocs(endpoint, "CheckFreeQuota",
                    "May the device's administrator claim its free plan",
                    """
                    Success (`data` null) means the device's administrator may claim its free plan now; otherwise \
                    the first reason in this order: device not registered (28560), no administrator (29605), an \
                    `iotToken` of someone else (460), this administrator claimed here before (29608), the \
                    configured number of identities claimed (29609), no gift months left (29610). Changes nothing. \
                    HTTPS only.""",
                    null,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                            ResultCode.FREE_STORAGE_ALREADY_CLAIMED, ResultCode.FREE_STORAGE_CLAIM_LIMIT_REACHED,
                            ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****"}}""",
                    null,
                    ResultCode.FREE_STORAGE_ALREADY_CLAIMED,
                    new Detail("violation.required", "iotId"));
            case COMMODITY_ENABLE -> new EndpointDocs(endpoint, "EnablePlan", "Make a bought plan take effect now",
                    """
                    Makes the paid order `orderId`, bound to the device `iotId` and waiting in its queue, take \
                    effect now: start = now, end = now + its window's length. An order already in effect stays as \
                    it is (success again). With an `iotToken`, its identity must be the device's administrator or, \
                    on a device without one, the order's own identity. `data` is the order afterwards; by default \
                    (`gateway.compat.plan-time-format=epoch`) `startTime`/`endTime` are epoch milliseconds and \
                    `startTimeStr`/`endTimeStr` follow, as in the platform's example; with `string` they are \
                    `yyyy-MM-dd HH:mm:ss` text and the `*Str` keys are left out. HTTPS only.""",
                    PlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST, ResultCode.ORDER_NOT_PAID,
                            ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******050001"}}""",
                    """
                    {"orderId":"202210131******050001","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":12,"startTime":1717200000000,
                     "endTime":1748736000000,"expired":0,"paymentStatus":1,"price":"12.0","commodityType":2,
                     "startTimeUTC":"2024-06-01T00:00:00Z","endTimeUTC":"2025-06-01T00:00:00Z",
                     "startTimeStr":"2024-06-01 08:00:00","endTimeStr":"2025-06-01 08:00:00"}""",
                    ResultCode.ORDER_FROZEN,
                    new Detail("violation.required", "orderId"));
            case STATUS_SET -> new EndpointDocs(endpoint, "SetStatus", "Freeze a user's order",
                    """
                    Freezes the order `orderId` bound to the device `iotId` (`status` must be 2, the only status \
                    supported): its service stops and `preConsume` stays at the freeze; start and end stay. Any \
                    payment state, expired or not, may be frozen; freezing a frozen order succeeds again. With \
                    `deviceNoOwner` false (default) the device must have an administrator (29605) who is the \
                    order's identity (460 `auth failed`); true allows freezing an order bought before the device \
                    was unbound. With an `iotToken`, its identity must be the device's administrator or, on a \
                    device without one, the order's own identity. HTTPS only.""",
                    FrozenOrderData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST,
                            ResultCode.DEVICE_HAS_NO_ADMINISTRATOR),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.1"},
                     "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******050002","status":2,
                     "deviceNoOwner":false}}""",
                    """
                    {"orderId":"202210131******050002","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":12,"startTime":"2026-01-01 08:00:00",
                     "endTime":"2027-01-01 08:00:00","startTimeUTC":"2026-01-01T00:00:00Z",
                     "endTimeUTC":"2027-01-01T00:00:00Z","expired":2,"paymentStatus":1,"price":"12.0",
                     "commodityType":2,"iotId":"QIuozfUcxRX6frOTO4dKz2****","identityId":"demo-identity-1",
                     "status":2,"preConsume":13046400,"outOrderNo":"20670001971****","orderType":0,
                     "userName":"demo-user","userId":"demo-user"}""",
                    ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                    new Detail("violation.status.freeze", "status"));
            case TRANSFER -> new EndpointDocs(endpoint, "Transfer", "Move a bought plan to another device",
                    """
                    Moves the paid order `srcOrderId` from the device `srcIotId` to `dstIotId`, for the \
                    destination's administrator: what is left of its window (end − max(now, start)) is served \
                    from now (`immediateUse` true) or from the end of the destination's current plans. The \
                    recording settings are the request's (the order keeps its `maxRecordFileDuration`); \
                    `userName`/`userId` are replaced only when sent. Free orders cannot be transferred (460). The \
                    destination must have an administrator (29605); with an `iotToken`, its identity must be the \
                    order's; a destination administrator other than the order's identity needs \
                    `supportCrossIdentityTransfer` true (else 29607). Afterwards the order no longer exists on the \
                    source device. Of concurrent transfers of one order exactly one succeeds; the others get \
                    29600. `data` has commodity/enable's shape. HTTPS only.""",
                    PlanData.class,
                    List.of(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST, ResultCode.ORDER_NOT_PAID,
                            ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                            ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED),
                    """
                    {"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.1"},
                     "params":{"srcIotId":"QIuozfUcxRX6frOTO4dKz2****","srcOrderId":"202210131******050003",
                     "dstIotId":"demo-device-transfer","enableDefaultPlan":true,"immediateUse":true,
                     "supportCrossIdentityTransfer":false,"preRecordDuration":5,"recordDuration":10,
                     "eventRecordProlong":false}}""",
                    """
                    {"orderId":"202210131******050003","commodityCode":"ilopLVCloudResource",
                     "specification":"eventResource_7","copies":12,"startTime":1717200000000,
                     "endTime":1748736000000,"expired":0,"paymentStatus":1,"price":"12.0","commodityType":2,
                     "startTimeUTC":"2024-06-01T00:00:00Z","endTimeUTC":"2025-06-01T00:00:00Z",
                     "startTimeStr":"2024-06-01 08:00:00","endTimeStr":"2025-06-01 08:00:00"}""",
                    ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED,
                    new Detail("violation.transfer.same-device", "dstIotId"));
        };
    }

    /** Every code this API answers with HTTP 200, in the contract's order. */
    List<ResultCode> allResults() {
        return Arrays.stream(ResultCode.values())
                .filter(result -> EVERY_API.contains(result) || results.contains(result)).toList();
    }

    String requestSchema() {
        return name + "Request";
    }

    String paramsSchema() {
        return name + "Params";
    }

    String responseSchema() {
        return data == null ? WireSchemas.API_RESPONSE : name + "Response";
    }

    String operationId() {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
