#!/usr/bin/env bash
# HTTP 405 I405UM Unsupported Method: the APIs take POST only.
. "$(dirname "$0")/lib.sh"

curl -sS -i "$GATEWAY_URL$GET"
