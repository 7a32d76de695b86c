#!/usr/bin/env bash
# HTTP 400 I400MD Invalid Content-MD5: Content-MD5 is not the base64 MD5 of the body sent, as when a body is
# changed after signing. The signature covers Content-MD5's value, not the body, so the request is signed
# correctly and the gateway finds the mismatch once it has read the body.
. "$(dirname "$0")/lib.sh"

request=$(mktemp)
trap 'rm -f "$request"' EXIT
CA_CURL_CONFIG=1 "$ROOT/scripts/ca-curl" "$GATEWAY_URL$GET" "$(envelope 1.0.6 '')" > "$request"
sed -i 's/^data-raw = .*/data-raw = "{\\"changed\\":\\"after signing\\"}"/' "$request"
curl -sS -i -K "$request"
