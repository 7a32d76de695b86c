#!/usr/bin/env bash
# 200: commodity/enable (HTTPS only) makes the demo's queued order 202210131******050001 take effect now;
# enabling it again succeeds again and changes nothing. data: the order in the platform's example shape
# (startTime/endTime as epoch milliseconds, then startTimeStr/endTimeStr).
. "$(dirname "$0")/lib.sh"

commodity_enable '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.0"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****","orderId":"202210131******050001"}}'
