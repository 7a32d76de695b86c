#!/usr/bin/env bash
# 200: freestorage/quota/check: the administrator of a fresh device may claim its free plan (data null).
. "$(dirname "$0")/lib.sh"

free_plan quota/check "$(envelope 1.0.0 "\"iotId\":\"$(new_device user-1)\"")"
