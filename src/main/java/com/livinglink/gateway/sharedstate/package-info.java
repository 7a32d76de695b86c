/**
 * Where the signature layer keeps state that several gateway instances must share (nonces, rate-limit
 * buckets): Redis when one is configured, else this instance's memory.
 */
package com.livinglink.gateway.sharedstate;
