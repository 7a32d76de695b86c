#!/usr/bin/env bash
# 200: order/query lists the first page of the orders bound to the demo device of administrator 123 (the demo
# order of August 2020, and whatever 200-commodity-buy.sh bought), newest start first.
. "$(dirname "$0")/lib.sh"

call "$ORDER_QUERY" "$(envelope 1.0.6 '"iotId":"QIuozfUcxRX6frOTO4dK****","pageNo":0,"pageSize":20')"
