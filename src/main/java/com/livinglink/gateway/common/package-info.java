/**
 * The shared kernel: the contract's rule for identifiers and the classification of database failures
 * (retryable or a bug), used by the domain modules, the API edge and the operator API alike.
 */
package com.livinglink.gateway.common;
