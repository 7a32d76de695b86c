"""Test control (docs/testing.md) as a pytest suite uses it, with the standard library only, so that it also
runs as a plain script against the demo profile:

    python3 examples/testing/test_control_example.py     # or: pytest examples/testing/test_control_example.py

Each test starts from a reset (the fixture below; in pytest an autouse fixture). Environment: GATEWAY_URL,
ADMIN_TOKEN, CA_APP_KEY / CA_APP_SECRET (defaults: the demo's).
"""
import base64
import hashlib
import hmac
import json
import os
import time
import urllib.request
import uuid

BASE = os.environ.get("GATEWAY_URL") or "http://127.0.0.1:8080"
TOKEN = os.environ.get("ADMIN_TOKEN") or "demo-admin-token"
APP_KEY = os.environ.get("CA_APP_KEY") or "demo"
APP_SECRET = os.environ.get("CA_APP_SECRET") or "demo-secret"
GET = "/vision/customer/cloudstorage/order/get"
DEVICE = "QIuozfUcxRX6frOTO4dK****"
ORDER = "20200731124115****"


def control(method, path, body=None):
    request = urllib.request.Request(BASE + "/admin/test" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + TOKEN,
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def signed_post(path, envelope):
    body = json.dumps(envelope).encode()
    content_md5 = base64.b64encode(hashlib.md5(body).digest()).decode()
    signed = {"x-ca-key": APP_KEY, "x-ca-nonce": str(uuid.uuid4()),
              "x-ca-timestamp": str(int(time.time() * 1000))}
    string_to_sign = ("POST\napplication/json\n" + content_md5 + "\napplication/json\n\n"
                      + "".join(name + ":" + signed[name] + "\n" for name in sorted(signed)) + path)
    signature = base64.b64encode(hmac.new(APP_SECRET.encode(), string_to_sign.encode(), hashlib.sha256).digest())
    headers = dict(signed, **{"Accept": "application/json", "Content-Type": "application/json",
                              "Content-MD5": content_md5, "X-Ca-Signature-Headers": ",".join(sorted(signed)),
                              "X-Ca-Signature": signature.decode()})
    request = urllib.request.Request(BASE + path, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read().decode())


def read_order():
    return signed_post(GET, {"id": str(uuid.uuid4()), "version": "1.0", "request": {"apiVer": "1.0.6"},
                             "params": {"iotId": DEVICE, "orderId": ORDER}})


def reset():
    control("POST", "/reset")


def test_the_order_expires_when_the_clock_passes_its_end():
    reset()
    control("PUT", "/clock", {"fixed": "2020-09-25T01:59:59Z"})
    assert read_order()["data"]["status"] == 0
    control("PUT", "/clock", {"advance": "PT1S"})
    assert read_order()["data"]["status"] == 1


def test_the_client_retries_once_when_order_get_fails():
    reset()
    control("POST", "/faults", {"api": "get-order", "match": {"orderId": ORDER}, "code": 503, "times": 1})

    answer = read_order()
    if answer["code"] == 503:
        answer = read_order()

    assert answer["code"] == 200
    assert control("GET", "/requests/count?api=get-order") == {"count": 2}
    calls = control("GET", "/requests?api=get-order")
    assert [call["code"] for call in calls] == [200, 503]
    assert all(call["params"]["orderId"] == ORDER for call in calls)


def test_an_unpaid_order_reads_as_status_three():
    reset()
    view = control("PATCH", "/orders/" + ORDER, {"paymentStatus": 0})
    assert view["paymentStatus"] == 0
    assert read_order()["data"]["status"] == 3


if __name__ == "__main__":
    test_the_order_expires_when_the_clock_passes_its_end()
    test_the_client_retries_once_when_order_get_fails()
    test_an_unpaid_order_reads_as_status_three()
    reset()
    print("test_control_example.py: ok")
