#!/usr/bin/env bash
# HTTP 400 I400NC Invalid Nonce: no X-Ca-Nonce (a UUID, new for every request).
. "$(dirname "$0")/lib.sh"

body=$(envelope 1.0.6 '')
curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' -H "X-Ca-Key: $CA_APP_KEY" \
  -H 'X-Ca-Signature: c2lnbmF0dXJl' -H "X-Ca-Timestamp: $(now_ms)" -H "Content-MD5: $(md5_of "$body")" \
  --data-binary "$body"
