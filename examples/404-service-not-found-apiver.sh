#!/usr/bin/env bash
# 404 service not found.: an apiVer outside the API's range (order/get accepts 1.0.0 - 1.0.6); the message
# names the range. HTTP 200, code in the body.
. "$(dirname "$0")/lib.sh"

get_order "$(envelope 1.0.7 '"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****"')"
