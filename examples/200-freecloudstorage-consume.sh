#!/usr/bin/env bash
# 200: freecloudstorage/consume: the administrator of a fresh device claims 3 free months, in effect now. The
# answer is the plan after the claim: consumed 1, months 3, remainQuota 0.
. "$(dirname "$0")/lib.sh"

free_plan consume "$(envelope 1.0.4 "\"iotId\":\"$(new_device user-1)\",\"enableDefaultPlan\":true,
  \"immediateUse\":true,\"preRecordDuration\":5,\"recordDuration\":10,\"quota\":3,\"eventRecordProlong\":true")"
