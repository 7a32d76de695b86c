#!/usr/bin/env bash
# 400 request error.: the body is not a JSON envelope (here it is cut short). HTTP 200, code in the body.
. "$(dirname "$0")/lib.sh"

get_order '{"id":"example","request":{"apiVer":"1.0.6"},"params":{'
