#!/usr/bin/env bash
# 460 request parameter error: srcOrderId free orders cannot be transferred (a free order, orderType 1, stays on
# the camera it was claimed for).
. "$(dirname "$0")/lib.sh"

src=$(new_device user-1)
dst=$(new_device user-1)
order=$(bound_order "$src" '"orderType":1')
transfer "$(envelope 1.0.1 "\"srcIotId\":\"$src\",\"srcOrderId\":\"$order\",\"dstIotId\":\"$dst\"")"
