#!/usr/bin/env bash
# 460 request parameter error: every invalid param is named with its rule, here preRecordDuration (0 - 5)
# and recordDuration (0 - 30).
. "$(dirname "$0")/lib.sh"

bind_order "$(envelope 1.0.0 '"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******040001",
  "preRecordDuration":9,"recordDuration":"forty"')"
