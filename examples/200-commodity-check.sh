#!/usr/bin/env bash
# 200: commodity/check answers whether a plan can be bought for the demo device of administrator 123.
. "$(dirname "$0")/lib.sh"

call "$COMMODITY_CHECK" "$(envelope 1.0.3 '"iotId":"QIuozfUcxRX6frOTO4dK****",
  "commodityCode":"ilopLVCloudResource","specification":"eventResource_7"')"
