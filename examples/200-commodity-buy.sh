#!/usr/bin/env bash
# 200: commodity/buy creates a new paid order for the demo device of administrator 123 and answers its orderId
# (every call buys again). immediateUse false: it starts when the device's current plans end.
. "$(dirname "$0")/lib.sh"

call "$COMMODITY_BUY" "$(envelope 1.0.8 '"iotId":"QIuozfUcxRX6frOTO4dK****","userName":"123",
  "commodityCode":"ilopLVCloudResource","specification":"eventResource_7","copies":1,"immediateUse":false,
  "userId":"123"')"
