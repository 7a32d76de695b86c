#!/usr/bin/env bash
# HTTP 429 I429FC Throttled by APP Flow Control: the demo app demo-readonly may make 5 requests a second
# (a burst of 5). 60 signed requests go out back to back in one connection, throttled however slowly a busy
# machine sends them; the last one is shown, with Retry-After (seconds).
. "$(dirname "$0")/lib.sh"

requests=$(mktemp)
trap 'rm -f "$requests"' EXIT
body=$(envelope 1.0.6 '"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****"')
for i in $(seq 60); do
  [ "$i" -gt 1 ] && echo next
  CA_APP_KEY=demo-readonly CA_APP_SECRET=demo-readonly-secret CA_CURL_CONFIG=1 \
    "$ROOT/scripts/ca-curl" "$GATEWAY_URL$GET" "$body"
  if [ "$i" -lt 60 ]; then echo 'output = "/dev/null"'; else echo include; fi
done > "$requests"
curl -sS -K "$requests"
