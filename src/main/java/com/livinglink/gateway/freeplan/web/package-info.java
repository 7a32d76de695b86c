/**
 * The free plan's APIs: one route an API (freecloudstorage/get, consume, enable, status/set and
 * freestorage/quota/check), the params record each binds and the {@code data} record each answers.
 */
package com.livinglink.gateway.freeplan.web;
