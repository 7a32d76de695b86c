#!/usr/bin/env bash
# 200: the seed's order/get request as it stands. With the real clock the demo order from 2020 reads as
# expired (status 1); start the gateway with --gateway.clock.fixed=2020-09-01T00:00:00Z to see it valid.
. "$(dirname "$0")/lib.sh"

get_order '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.6"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****","deviceNoOwner":false}}'
