/**
 * The API edge: everything between HTTP and the domain for the cloud-storage APIs. It reads the envelope
 * and its parameters, writes every answer's envelope ({@link com.livinglink.gateway.api.EnvelopeWriter}),
 * turns failures into the contract's codes (section 6, {@link com.livinglink.gateway.api.DomainFailureCodes})
 * and logs each request. Which paths are APIs, and what each does, the domain modules declare as routes
 * ({@link com.livinglink.gateway.api.ApiRoute}) in their {@code web} sub-packages, the only parts of them that
 * depend on it.
 */
package com.livinglink.gateway.api;
