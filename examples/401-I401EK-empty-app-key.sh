#!/usr/bin/env bash
# HTTP 401 I401EK Empty AppKey: a request without X-Ca-Key (here: not signed at all).
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET" -H 'Content-Type: application/json' --data-binary "$(envelope 1.0.6 '')"
