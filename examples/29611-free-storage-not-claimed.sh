#!/usr/bin/env bash
# 29611 free cloud storage not claimed: enabling the free plan of a device nobody claimed on.
. "$(dirname "$0")/lib.sh"

free_plan enable "$(envelope 1.0.0 "\"iotId\":\"$(new_device user-1)\"")"
