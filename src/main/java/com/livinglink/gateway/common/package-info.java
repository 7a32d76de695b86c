/**
 * The shared kernel: the contract's rules for identifiers and for the instants the gateway can represent
 * ({@code SupportedInstants}), and the classification of database failures (retryable or a bug), used by the
 * domain modules, the API edge, the operator API and test control alike.
 */
package com.livinglink.gateway.common;
