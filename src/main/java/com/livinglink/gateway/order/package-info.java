/**
 * Orders: the customer's purchased inventory, bound to a device's administrator and read back (contract
 * sections 3 to 5), and the order import. The entity holds the rules; the controllers of bind/order and
 * order/get are this module's adapters to the API edge, the only classes here that know the wire.
 */
package com.livinglink.gateway.order;
