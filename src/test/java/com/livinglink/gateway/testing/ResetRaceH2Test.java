package com.livinglink.gateway.testing;

/** {@link ResetRaceTest} on the embedded H2 database. */
class ResetRaceH2Test extends ResetRaceTest {
}
