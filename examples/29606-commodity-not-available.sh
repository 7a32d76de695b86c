#!/usr/bin/env bash
# 29606 commodity not available: commodity/buy of a plan that is not in the catalog (or may not be bought).
. "$(dirname "$0")/lib.sh"

call "$COMMODITY_BUY" "$(envelope 1.0.8 '"iotId":"QIuozfUcxRX6frOTO4dK****","userName":"123",
  "commodityCode":"ilopLVCloudResource","specification":"eventResource_365","copies":1')"
