#!/usr/bin/env bash
# 200: the seed's bind/order request as it stands (HTTPS only). Binding the same order to the same device
# again succeeds again. Answer: {"id":"1509086454180","code":200,"message":null,"localizedMsg":null,"data":null}
. "$(dirname "$0")/lib.sh"

bind_order '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******040001",
            "userName":"1581053****","userId":"1581053****","enableDefaultPlan":true,
            "preRecordDuration":5,"recordDuration":10,"eventRecordProlong":false,"maxRecordFileDuration":1800}}'
