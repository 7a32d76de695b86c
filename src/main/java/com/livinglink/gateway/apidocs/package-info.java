/**
 * Operations: the OpenAPI description of the cloud-storage APIs, written from their routes, and of the operator
 * API, with its Swagger UI, built on first request. What is here is generic: the envelope, the signature scheme,
 * the result codes and the schemas read from records; what each API says of itself is in its route.
 */
package com.livinglink.gateway.apidocs;
