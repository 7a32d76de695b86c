/**
 * The platform's API-gateway layer in front of the APIs (contract section 7): method, protocol, the app
 * signature, the app's right to call the API and its rate limit; its refusals are answered by the API edge.
 */
package com.livinglink.gateway.signature;
