#!/usr/bin/env bash
# 200: commodity/query lists every plan of the catalog, in configuration order (data is a JSON array).
. "$(dirname "$0")/lib.sh"

call "$COMMODITY_QUERY" '{"id":"1509086454180","version":"1.0","request":{"apiVer":"1.0.4"},"params":{}}'
