# Sourced by every example: where the demo gateway is, and how to call it.
#   GATEWAY_URL        plain HTTP  (default http://127.0.0.1:8080)
#   GATEWAY_HTTPS_URL  HTTPS       (default https://localhost:8443; bind/order is HTTPS only)
#   CA_CACERT          the certificate to trust for HTTPS (default data/tls/certificate.pem, the generated one)
#   ADMIN_TOKEN        the operator API's token (default demo-admin-token)
# Signed calls go through scripts/ca-curl as the demo app (CA_APP_KEY=demo, CA_APP_SECRET=demo-secret).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
GATEWAY_HTTPS_URL="${GATEWAY_HTTPS_URL:-https://localhost:8443}"
CA_CACERT="${CA_CACERT:-$ROOT/data/tls/certificate.pem}"
ADMIN_TOKEN="${ADMIN_TOKEN:-demo-admin-token}"
export CA_APP_KEY="${CA_APP_KEY:-demo}" CA_APP_SECRET="${CA_APP_SECRET:-demo-secret}"
BIND=/vision/customer/cloudstorage/bind/order
GET=/vision/customer/cloudstorage/order/get

# bind/order ENVELOPE [curl options]: signed, over HTTPS.
bind_order() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_HTTPS_URL$BIND" "$1" --cacert "$CA_CACERT" "${@:2}"
}

# order/get ENVELOPE [curl options]: signed, over plain HTTP (HTTPS works too).
get_order() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_URL$GET" "$1" "${@:2}"
}

# free_plan API ENVELOPE [curl options]: a free-plan API (get, consume, enable, status/set under
# /vision/customer/freecloudstorage/, or quota/check under /vision/customer/freestorage/), signed, over HTTPS.
free_plan() {
  local path=/vision/customer/freecloudstorage/$1
  [ "$1" = quota/check ] && path=/vision/customer/freestorage/quota/check
  "$ROOT/scripts/ca-curl" "$GATEWAY_HTTPS_URL$path" "$2" --cacert "$CA_CACERT" "${@:3}"
}

# admin METHOD PATH [JSON]: the operator API; fails on an error answer.
admin() {
  curl -sS --fail-with-body -X "$1" "$GATEWAY_URL/admin$2" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"}
}

# A fresh id, so that every run of an example starts from its own state.
unique() {
  printf '%s-%s-%s%s' "$1" "$(date +%s)" "$RANDOM" "$RANDOM"
}

# new_device [ADMINISTRATOR]: registers a device, with that administrator or none; prints its iotId.
new_device() {
  local iot_id owner=null
  iot_id=$(unique example-device)
  [ -n "${1:-}" ] && owner="\"$1\""
  admin PUT "/devices/$iot_id" "{\"ownerIdentityId\":$owner}" > /dev/null
  printf '%s' "$iot_id"
}

# new_order [EXTRA JSON FIELDS]: imports a one-month order, paid unless EXTRA sets paymentStatus (the operator
# API refuses a key given twice); prints its orderId.
new_order() {
  local order_id answer fields='"copies":1'
  case "${1:-}" in
    *'"paymentStatus"'*) ;;
    *) fields="$fields,\"paymentStatus\":1" ;;
  esac
  order_id=$(unique example-order)
  answer=$(admin POST /orders "[{\"orderId\":\"$order_id\",\"commodityCode\":\"ilopLVCloudResource\",
    \"specification\":\"eventResource_7\",$fields${1:+,$1}}]")
  case "$answer" in
    *'"created":1'*) printf '%s' "$order_id" ;;
    *) echo "order import refused: $answer" >&2; return 1 ;;
  esac
}

# An envelope for order/get or bind/order with these params (a JSON object's members).
envelope() {
  printf '{"id":"example","version":"1.0","request":{"apiVer":"%s"},"params":{%s}}' "$1" "$2"
}

# For the refusals of the signature layer: requests built by hand, each missing one piece of the signature.
now_ms() {
  printf '%s000' "$(date +%s)"
}

md5_of() {
  printf '%s' "$1" | openssl dgst -md5 -binary | openssl base64 -A
}

# The paid-plan APIs (commodity/query, commodity/check, commodity/buy, order/query): HTTP and HTTPS alike.
COMMODITY_QUERY=/vision/customer/cloudstorage/commodity/query
COMMODITY_CHECK=/vision/customer/cloudstorage/commodity/check
COMMODITY_BUY=/vision/customer/cloudstorage/commodity/buy
ORDER_QUERY=/vision/customer/cloudstorage/order/query

# call PATH ENVELOPE [curl options]: signed, over plain HTTP, for the APIs that allow it.
call() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_URL$1" "$2" "${@:3}"
}

# commodity/enable, status/set and transfer ENVELOPE [curl options]: signed, over HTTPS (HTTPS only).
ENABLE=/vision/customer/cloudstorage/commodity/enable
STATUS_SET=/vision/customer/cloudstorage/status/set
TRANSFER=/vision/customer/cloudstorage/transfer

commodity_enable() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_HTTPS_URL$ENABLE" "$1" --cacert "$CA_CACERT" "${@:2}"
}

status_set() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_HTTPS_URL$STATUS_SET" "$1" --cacert "$CA_CACERT" "${@:2}"
}

transfer() {
  "$ROOT/scripts/ca-curl" "$GATEWAY_HTTPS_URL$TRANSFER" "$1" --cacert "$CA_CACERT" "${@:2}"
}

# bound_order IOT_ID [EXTRA JSON FIELDS]: imports a paid one-month order and binds it to the device (whose
# administrator it then belongs to); prints its orderId.
bound_order() {
  local order_id
  order_id=$(new_order "${2:-}")
  bind_order "$(envelope 1.0.0 "\"iotId\":\"$1\",\"orderId\":\"$order_id\"")" > /dev/null
  printf '%s' "$order_id"
}
