#!/usr/bin/env bash
# 28560 device not exist: bind/order to an iotId that was never registered.
. "$(dirname "$0")/lib.sh"

bind_order "$(envelope 1.0.0 "\"iotId\":\"$(unique unregistered-device)\",\"orderId\":\"202210131******040001\"")"
