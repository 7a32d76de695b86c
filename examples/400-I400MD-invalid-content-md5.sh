#!/usr/bin/env bash
# HTTP 400 I400MD Invalid Content-MD5: Content-MD5 is not the base64 MD5 of the body sent (here: of another
# body, as when a body is changed after signing).
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' -H "X-Ca-Key: $CA_APP_KEY" \
  -H 'X-Ca-Signature: c2lnbmF0dXJl' -H "X-Ca-Timestamp: $(now_ms)" -H "Content-MD5: $(md5_of 'another body')" \
  --data-binary "$(envelope 1.0.6 '')"
