#!/usr/bin/env bash
# 401 request auth error.: request.iotToken is not a valid, unexpired JWT of the configured issuer.
. "$(dirname "$0")/lib.sh"

get_order '{"id":"example","request":{"apiVer":"1.0.6","iotToken":"not-a-jwt"},
  "params":{"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"20200731124115****"}}'
