#!/usr/bin/env bash
# 460 auth failed (the seed's error example): the iotToken is valid but its user is not the device's
# administrator. The operator API issues the token.
. "$(dirname "$0")/lib.sh"

token=$(admin POST /iot-tokens '{"identityId":"someone-else","ttlSeconds":300}' | sed 's/.*"iotToken":"\([^"]*\)".*/\1/')
get_order "{\"id\":\"example\",\"request\":{\"apiVer\":\"1.0.6\",\"iotToken\":\"$token\"},
  \"params\":{\"iotId\":\"QIuozfUcxRX6frOTO4dK****\",\"orderId\":\"20200731124115****\",\"deviceNoOwner\":false}}"
