/**
 * Test control for integration test suites (contract section 12), under {@code /admin/test/}: reset to a
 * known state, the business clock, order states, the request journal and faults. None of it exists unless
 * {@code gateway.testing.enabled=true}: off, its beans are absent and the API's requests do not pass
 * through it at all.
 */
package com.livinglink.gateway.testing;
