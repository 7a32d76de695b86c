/**
 * Operations: the OpenAPI description of the cloud-storage and operator APIs and its Swagger UI, built on
 * first request.
 */
package com.livinglink.gateway.apidocs;
