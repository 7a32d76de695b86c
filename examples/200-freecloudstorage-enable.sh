#!/usr/bin/env bash
# 200: freecloudstorage/enable: a claim queued behind nothing starts now anyway; enable answers the plan without
# remainQuota.
. "$(dirname "$0")/lib.sh"

device=$(new_device user-1)
free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\"")" > /dev/null
free_plan enable "$(envelope 1.0.0 "\"iotId\":\"$device\"")"
