#!/usr/bin/env bash
# HTTP 400 I400NC Nonce Used: the same signed request sent twice (a replay); a nonce is accepted once per app
# within 15 minutes. ca-curl writes the signed request as a curl config so that it can be sent again.
. "$(dirname "$0")/lib.sh"

request=$(mktemp)
trap 'rm -f "$request"' EXIT
CA_CURL_CONFIG=1 "$ROOT/scripts/ca-curl" "$GATEWAY_URL$GET" \
  "$(envelope 1.0.6 '"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****"')" > "$request"
curl -sS -K "$request" -o /dev/null
curl -sS -i -K "$request"
