#!/usr/bin/env bash
# 29605 device has no administrator: bind/order needs the device's administrator; the demo device
# demo-device-no-owner has none.
. "$(dirname "$0")/lib.sh"

bind_order "$(envelope 1.0.0 '"iotId":"demo-device-no-owner","orderId":"202210131******040001"')"
