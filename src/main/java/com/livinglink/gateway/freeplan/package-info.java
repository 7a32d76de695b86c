/**
 * The free cloud-storage plan a device comes with (contract 11.10 to 11.15): a device-level quota of gift
 * months shared by a few claimants, one claim per identity, each claim an ordinary free order. The entity
 * holds the rules; its five APIs are declared in {@code web}, this module's adapter to the API edge.
 */
package com.livinglink.gateway.freeplan;
