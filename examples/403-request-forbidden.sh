#!/usr/bin/env bash
# 403 request forbidden. (the seed's error example): the app demo-readonly is registered for order/get
# only, so its bind/order is refused. HTTP 200, code in the body.
. "$(dirname "$0")/lib.sh"

CA_APP_KEY=demo-readonly CA_APP_SECRET=demo-readonly-secret \
  bind_order "$(envelope 1.0.0 '"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******040001"')"
