#!/usr/bin/env bash
# 400 request error.: the envelope is posted as text/plain. Only application/json and
# application/octet-stream (the platform's SDKs) are read.
. "$(dirname "$0")/lib.sh"

CA_CONTENT_TYPE='text/plain; charset=utf-8' get_order "$(envelope 1.0.6 '"iotId":"d","orderId":"o"')"
