package com.livinglink.gateway.order;

/** {@link OrderLockWaitTest} on the embedded H2 database, with the default configuration's URL. */
class OrderLockWaitH2Test extends OrderLockWaitTest {
}
