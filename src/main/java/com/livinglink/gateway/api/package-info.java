/**
 * The API edge: everything between HTTP and the domain for the cloud-storage APIs. It reads the envelope
 * and its parameters, writes every answer's envelope ({@link com.livinglink.gateway.api.ApiResponses}),
 * turns failures into the contract's codes (section 6, {@link com.livinglink.gateway.api.DomainFailureCodes})
 * and logs each request. Of the domain modules, only their controllers depend on it.
 */
package com.livinglink.gateway.api;
