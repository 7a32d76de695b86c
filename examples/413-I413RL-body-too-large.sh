#!/usr/bin/env bash
# HTTP 413 I413RL Request body too Large: a body over 64 KiB (here an envelope padded to 70 000 bytes).
. "$(dirname "$0")/lib.sh"

padding=$(head -c 70000 /dev/zero | tr '\0' x)
printf '{"request":{"apiVer":"1.0.6"},"params":{},"padding":"%s"}' "$padding" \
  | "$ROOT/scripts/ca-curl" "$GATEWAY_URL$GET" - -i
