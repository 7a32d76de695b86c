/**
 * Operations: the operator API under {@code /admin} (contract section 9), plain REST with its own token,
 * not the envelope: devices, order import and read, iotTokens for test suites.
 */
package com.livinglink.gateway.admin;
