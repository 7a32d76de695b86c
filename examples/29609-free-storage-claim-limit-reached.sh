#!/usr/bin/env bash
# 29609 free cloud storage claim limit reached: three administrators in turn claimed a month each; a fourth
# asks whether they may (freestorage/quota/check).
. "$(dirname "$0")/lib.sh"

device=$(new_device user-1)
admin PUT "/devices/$device" '{"ownerIdentityId":"user-1","freeRemainQuota":10}' > /dev/null
for user in user-1 user-2 user-3; do
  admin PUT "/devices/$device" "{\"ownerIdentityId\":\"$user\"}" > /dev/null
  free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\"")" > /dev/null
done
admin PUT "/devices/$device" '{"ownerIdentityId":"user-4"}' > /dev/null
free_plan quota/check "$(envelope 1.0.0 "\"iotId\":\"$device\"")"
