package com.livinglink.gateway.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link ApiRequest} parameter of an API handler with the API it serves, so that the envelope is
 * read, its {@code apiVer} checked against that API's accepted range and its {@code params} bound to the
 * request's type argument, a params record, before the handler runs:
 * {@code @ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<GetOrderParams> request}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiCall {

    ApiEndpoint value();
}
