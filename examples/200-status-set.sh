#!/usr/bin/env bash
# 200: status/set (HTTPS only) freezes the demo order 202210131******050002 (status 2, the only one that can be
# set); freezing it again succeeds again. data: the order, now with status and expired 2.
. "$(dirname "$0")/lib.sh"

status_set '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.1"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******050002","status":2,
            "deviceNoOwner":false}}'
