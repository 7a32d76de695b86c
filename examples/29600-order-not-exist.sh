#!/usr/bin/env bash
# 29600 order not exist: order/get of an order that is not bound to this device (or does not exist at all:
# orders of other devices are never revealed).
. "$(dirname "$0")/lib.sh"

get_order "$(envelope 1.0.6 "\"iotId\":\"QIuozfUcxRX6frOTO4dK****\",\"orderId\":\"$(unique no-such-order)\"")"
