/**
 * The commodity catalog: the cloud-storage plans an order can be of, from configuration.
 */
package com.livinglink.gateway.commodity;
