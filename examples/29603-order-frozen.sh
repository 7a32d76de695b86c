#!/usr/bin/env bash
# 29603 order is frozen: binding an order imported frozen (status 2).
. "$(dirname "$0")/lib.sh"

order=$(new_order '"status":2')
bind_order "$(envelope 1.0.0 "\"iotId\":\"$(new_device user-1)\",\"orderId\":\"$order\"")"
