/**
 * The domain's refusals, named as facts ({@code OrderNotPaid}, {@code CallerNotAllowed}): what the order,
 * device and identity modules throw, and what the API edge alone turns into the contract's codes. One
 * small sealed set shared by those modules, so that none of them needs the edge and the edge needs none
 * of them.
 */
package com.livinglink.gateway.failure;
