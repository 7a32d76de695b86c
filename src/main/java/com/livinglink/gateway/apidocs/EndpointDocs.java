package com.livinglink.gateway.apidocs;

import static com.livinglink.gateway.order.RecordingSettings.*;

import java.util.Arrays;
import java.util.List;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.order.FrozenOrderData;
import com.livinglink.gateway.order.OrderData;
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
 */
record EndpointDocs(ApiEndpoint endpoint, String name, String summary, String description,
        Class<? extends Record> data,
        List<ResultCode> results, String seedRequest, String seedData, ResultCode seedError,
        Detail parameterViolation) {

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
