#!/usr/bin/env bash
# 200: freecloudstorage/status/set 2 freezes the claim for good (expired 2); the months are not given back.
. "$(dirname "$0")/lib.sh"

device=$(new_device user-1)
free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$device\"")" > /dev/null
free_plan status/set "$(envelope 1.0.0 "\"iotId\":\"$device\",\"status\":2")"
