/**
 * Orders: the customer's purchased inventory, bound to a device's administrator and read back (contract
 * sections 3 to 5), the paid plans bought, enabled, frozen and moved on a device's timeline (11.2 to 11.9), and
 * the order import. The entity holds the rules; the services load, call and save. The nine APIs of orders and
 * paid plans are declared in {@code web}, this module's adapter to the API edge and the only part of it that
 * knows the wire.
 */
package com.livinglink.gateway.order;
