package com.livinglink.gateway.testing;

/** Where the test-control API lives. */
final class TestControl {

    static final String PREFIX = "/admin/test";

    private TestControl() {
    }
}
