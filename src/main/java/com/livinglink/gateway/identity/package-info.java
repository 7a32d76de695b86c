/**
 * User identity: the iotTokens of the customer's account service (contract section 8) and the identityId
 * they name.
 */
package com.livinglink.gateway.identity;
