#!/usr/bin/env bash
# Test control (docs/testing.md) from a shell suite, against the demo profile: reset before the test, make
# bind/order fail once with 503, check that a client retrying once succeeds, verify through the journal that
# bind/order was called twice, then move the clock across the order's end and read it expired. Exits non-zero
# when the gateway answers otherwise. Leaves the gateway reset.
. "$(dirname "$0")/../lib.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }
code_of() { printf '%s' "$1" | grep -o '"code":[0-9]*' | head -n 1 | cut -d: -f2; }
test_control() { curl -sS --fail-with-body -X "$1" "$GATEWAY_URL/admin/test$2" \
  -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' ${3:+--data-binary "$3"}; }

DEVICE='QIuozfUcxRX6frOTO4dK****'
ORDER='202210131******040001'

# beforeEach: the demo data, the real clock, no faults, an empty journal.
test_control POST /reset
test_control PUT /clock '{"fixed":"2024-01-01T00:00:00Z"}' > /dev/null

# bind/order fails once for this order, as the platform might.
test_control POST /faults "{\"api\":\"bind-order\",\"match\":{\"orderId\":\"$ORDER\"},\"code\":503,\"times\":1}" > /dev/null

bind() { bind_order "$(envelope 1.0.0 "\"iotId\":\"$DEVICE\",\"orderId\":\"$ORDER\"")"; }
first=$(bind)
[ "$(code_of "$first")" = 503 ] || fail "the first bind should get the fault's 503: $first"
retry=$(bind)
[ "$(code_of "$retry")" = 200 ] || fail "the retry should succeed: $retry"

# Verify the client's calls: two binds, one refused with 503.
count=$(test_control GET '/requests/count?api=bind-order')
[ "$count" = '{"count":2}' ] || fail "expected two journaled binds: $count"
refused=$(test_control GET '/requests/count?api=bind-order&code=503')
[ "$refused" = '{"count":1}' ] || fail "expected one refused bind: $refused"

# The order was bound at 2024-01-01T00:00:00Z for one month: one second before its end it is valid (0),
# at its end expired (1).
get() { get_order "$(envelope 1.0.6 "\"iotId\":\"$DEVICE\",\"orderId\":\"$ORDER\"")"; }
test_control PUT /clock '{"advance":"P31DT-1S"}' > /dev/null
get | grep -q '"status":0' || fail "the order should still be valid: $(get)"
test_control PUT /clock '{"advance":"PT1S"}' > /dev/null
get | grep -q '"status":1' || fail "the order should have expired: $(get)"

test_control POST /reset
echo "retry-once.sh: ok"
