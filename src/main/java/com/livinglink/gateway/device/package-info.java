/**
 * Devices and their administrators, and who may act for a device ({@link
 * com.livinglink.gateway.device.DeviceAccess}, the rule behind 460 {@code auth failed}).
 */
package com.livinglink.gateway.device;
