#!/usr/bin/env bash
# HTTP 400 I400AK Invalid AppKey: signed by an app the gateway does not know.
. "$(dirname "$0")/lib.sh"

CA_APP_KEY=no-such-app CA_APP_SECRET=whatever get_order "$(envelope 1.0.6 '')" -i
