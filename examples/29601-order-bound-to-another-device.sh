#!/usr/bin/env bash
# 29601 order already bound to another device: a fresh order is bound to one device, then to another.
. "$(dirname "$0")/lib.sh"

order=$(new_order)
first=$(new_device user-1)
second=$(new_device user-2)
bind_order "$(envelope 1.0.0 "\"iotId\":\"$first\",\"orderId\":\"$order\"")" > /dev/null
bind_order "$(envelope 1.0.0 "\"iotId\":\"$second\",\"orderId\":\"$order\"")"
