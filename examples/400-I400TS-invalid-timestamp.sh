#!/usr/bin/env bash
# HTTP 400 I400TS Invalid Timestamp: neither X-Ca-Timestamp (epoch milliseconds) nor Date (RFC 1123) on the request.
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' -H "X-Ca-Key: $CA_APP_KEY" \
  -H 'X-Ca-Signature: c2lnbmF0dXJl' --data-binary "$(envelope 1.0.6 '')"
