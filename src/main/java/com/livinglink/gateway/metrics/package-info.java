/**
 * Operations: the API's request metrics by API and result code, for {@code /actuator/prometheus}.
 */
package com.livinglink.gateway.metrics;
