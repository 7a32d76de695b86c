#!/usr/bin/env bash
# 29610 free cloud storage quota insufficient: claiming 3 months on a device with 2 left.
. "$(dirname "$0")/lib.sh"

device=$(new_device user-1)
admin PUT "/devices/$device" '{"ownerIdentityId":"user-1","freeRemainQuota":2}' > /dev/null
free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\",\"quota\":3")"
