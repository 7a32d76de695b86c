#!/usr/bin/env bash
# HTTP 400 I400TS Timestamp Expired: X-Ca-Timestamp more than 15 minutes off the server's clock (here
# 2001-09-09). A client whose clock is wrong gets this.
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' -H "X-Ca-Key: $CA_APP_KEY" \
  -H 'X-Ca-Signature: c2lnbmF0dXJl' -H 'X-Ca-Timestamp: 1000000000000' --data-binary "$(envelope 1.0.6 '')"
