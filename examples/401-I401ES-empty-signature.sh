#!/usr/bin/env bash
# HTTP 401 I401ES Empty Signature: X-Ca-Key without X-Ca-Signature.
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' -H "X-Ca-Key: $CA_APP_KEY" \
  --data-binary "$(envelope 1.0.6 '')"
