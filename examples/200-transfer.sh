#!/usr/bin/env bash
# 200: transfer (HTTPS only) moves what is left of an order bound to one camera of user-1 to another camera of
# user-1, running from now. (The demo order 202210131******050003 can be moved to demo-device-transfer once;
# this script makes its own cameras and order, so that it can run again.)
. "$(dirname "$0")/lib.sh"

src=$(new_device user-1)
dst=$(new_device user-1)
order=$(bound_order "$src")
transfer "$(envelope 1.0.1 "\"srcIotId\":\"$src\",\"srcOrderId\":\"$order\",\"dstIotId\":\"$dst\",
  \"immediateUse\":true,\"enableDefaultPlan\":true")"
