#!/usr/bin/env bash
# 29604 order has expired: binding the demo order whose month ended on 2020-09-25 (with the real clock; a
# gateway started with --gateway.clock.fixed=2020-09-01T00:00:00Z answers 200 instead).
. "$(dirname "$0")/lib.sh"

bind_order "$(envelope 1.0.0 '"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****"')"
