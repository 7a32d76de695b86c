#!/usr/bin/env bash
# 29608 free cloud storage already claimed: the administrator claims a second time on the same device.
. "$(dirname "$0")/lib.sh"

device=$(new_device user-1)
free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\"")" > /dev/null
free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\"")"
