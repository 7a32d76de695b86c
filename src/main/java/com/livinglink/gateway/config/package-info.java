/**
 * Configuration shared by every module: the {@code gateway.*} properties and the one injected clock.
 */
package com.livinglink.gateway.config;
