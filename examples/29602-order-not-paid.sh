#!/usr/bin/env bash
# 29602 order not paid: binding an order whose paymentStatus is 0 (unpaid).
. "$(dirname "$0")/lib.sh"

order=$(new_order '"paymentStatus":0')
bind_order "$(envelope 1.0.0 "\"iotId\":\"$(new_device user-1)\",\"orderId\":\"$order\"")"
