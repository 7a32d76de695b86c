/**
 * The commodity catalog: the cloud-storage plans an order can be of, from configuration. commodity/query, which
 * lists it, is declared in {@code web}.
 */
package com.livinglink.gateway.commodity;
