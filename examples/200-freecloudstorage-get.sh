#!/usr/bin/env bash
# 200: freecloudstorage/get on a demo device (HTTPS only): its free plan as its administrator sees it. Unclaimed:
# {"type":2,"lifecycle":7,"months":3,"consumed":0,"startTime":"","endTime":"","expired":0,"startTimeUTC":"",
#  "endTimeUTC":"","remainQuota":3}
. "$(dirname "$0")/lib.sh"

free_plan get '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.1"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dKz2****"}}'
