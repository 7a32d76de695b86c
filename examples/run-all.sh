#!/usr/bin/env bash
# Runs every example against a running demo gateway and checks each answer: the code its name starts with,
# and for a refusal of the signature layer (a name like 400-I400SG-…) the X-Ca-Error-Code header too. Then
# runs the Java client example, when a JDK (java 17+) is on the PATH, and the test-control examples of testing/
# (shell; Java and Python when they are on the PATH). Same settings as the examples
# (GATEWAY_URL, GATEWAY_HTTPS_URL, CA_CACERT: see lib.sh). Exits non-zero when an answer is not the expected one.
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
check() { # NAME EXPECTED_CODE EXPECTED_ERROR_CODE OUTPUT
  local code error_code
  code=$(printf '%s' "$4" | grep -o '"code":[0-9]*' | head -n 1 | cut -d: -f2)
  error_code=$(printf '%s' "$4" | tr -d '\r' | sed -n 's/^[Xx]-[Cc]a-[Ee]rror-[Cc]ode: *//p' | head -n 1)
  if [ "$code" = "$2" ] && [ "$error_code" = "$3" ]; then
    passed=$((passed + 1))
    echo "ok    $1"
  else
    failed=$((failed + 1))
    echo "FAIL  $1: expected code $2${3:+ and X-Ca-Error-Code $3}, got:"
    printf '%s\n' "$4" | sed 's/^/      /'
  fi
}

for example in [0-9]*.sh; do
  expected=${example%%-*}
  error_code=$(printf '%s' "$example" | sed -n 's/^[0-9]*-\(I[0-9][0-9][0-9][A-Z][A-Z]\)-.*/\1/p')
  check "$example" "$expected" "$error_code" "$(bash "$example" 2>&1)"
done

if command -v java > /dev/null; then
  check java/Example.java 200 "" "$(java java/Example.java 2>&1)"
else
  echo "skip  java/Example.java: no java on the PATH"
fi

# The test-control examples (docs/testing.md) check their own answers: each exits non-zero on a wrong one.
run_checked() { # NAME COMMAND...
  local output
  if output=$("${@:2}" 2>&1); then
    passed=$((passed + 1))
    echo "ok    $1"
  else
    failed=$((failed + 1))
    echo "FAIL  $1:"
    printf '%s\n' "$output" | sed 's/^/      /'
  fi
}
run_checked testing/retry-once.sh bash testing/retry-once.sh
if command -v java > /dev/null; then
  run_checked testing/TestControlExample.java java testing/TestControlExample.java
else
  echo "skip  testing/TestControlExample.java: no java on the PATH"
fi
if command -v python3 > /dev/null; then
  run_checked testing/test_control_example.py python3 testing/test_control_example.py
else
  echo "skip  testing/test_control_example.py: no python3 on the PATH"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
