#!/usr/bin/env bash
# 404 service not found.: a path the gateway does not serve. HTTP 404 with the envelope.
. "$(dirname "$0")/lib.sh"

"$ROOT/scripts/ca-curl" "$GATEWAY_URL/vision/customer/cloudstorage/order/list" \
  "$(envelope 1.0.0 '"iotId":"QIuozfUcxRX6frOTO4dK****"')" -i
