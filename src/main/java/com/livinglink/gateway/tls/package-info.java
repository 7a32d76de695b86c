/**
 * Operations: HTTPS, with a self-signed certificate generated into the data directory when none is given.
 */
package com.livinglink.gateway.tls;
