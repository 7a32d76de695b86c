#!/usr/bin/env bash
# 29607 cross-account transfer not allowed: the destination camera's administrator (user-2) is not the order's
# owner (user-1), and supportCrossIdentityTransfer is false (the default). With it true, the transfer succeeds.
. "$(dirname "$0")/lib.sh"

src=$(new_device user-1)
dst=$(new_device user-2)
order=$(bound_order "$src")
transfer "$(envelope 1.0.1 "\"srcIotId\":\"$src\",\"srcOrderId\":\"$order\",\"dstIotId\":\"$dst\"")"
