#!/usr/bin/env bash
# HTTP 403 I403PT Invalid protocol HTTP unsupported: bind/order over plain HTTP; it is served over HTTPS only.
. "$(dirname "$0")/lib.sh"

"$ROOT/scripts/ca-curl" "$GATEWAY_URL$BIND" \
  "$(envelope 1.0.0 '"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******040001"')" -i
