/** commodity/query: its route, its (empty) params and the record of each plan it lists. */
package com.livinglink.gateway.commodity.web;
