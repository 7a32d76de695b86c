#!/usr/bin/env bash
# HTTP 400 I400SG Invalid Signature: signed with the wrong secret. The message shows the string the server
# signed (line breaks as #): compare it with yours to find the difference.
. "$(dirname "$0")/lib.sh"

CA_APP_SECRET=not-the-secret get_order "$(envelope 1.0.6 '"iotId":"QIuozfUcxRX6frOTO4dK****","orderId":"o"')" -i
