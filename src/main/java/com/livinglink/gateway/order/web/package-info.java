/**
 * The order module's APIs: one route an API (bind/order, order/get, order/query, commodity/check, commodity/buy,
 * commodity/enable, status/set, transfer), the params record each binds, the {@code data} record each answers,
 * and the ways the contract writes an order's times.
 */
package com.livinglink.gateway.order.web;
