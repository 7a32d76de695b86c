package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The route table: an API is found by the path the servlet container routes, and the gateway does not start
 * with two APIs of one path or one id.
 */
class ApiRoutesTest {

    record NoParams() {
    }

    static ApiRoute<NoParams, Void> route(String id, String path) {
        return ApiRoute.post(path).id(id).versions("1.0.0", "1.0.2").params(NoParams.class).noData()
                .handler((params, caller) -> null).documented(ApiDocs.named("Test"));
    }

    @Test
    void anApiIsFoundByItsServletPathWithoutItsPathParameters() {
        var routes = new ApiRoutes(List.of(route("get-order", "/vision/customer/cloudstorage/order/get")));
        var request = new MockHttpServletRequest("POST", "/vision/customer/cloudstorage/order/get;x=1");
        request.setServletPath("/vision/customer/cloudstorage/order/get");

        assertThat(routes.of(request)).map(ApiRoute::id).contains("get-order");
    }

    @Test
    void aPathThatIsNoApiIsNoRoute() {
        var routes = new ApiRoutes(List.of(route("get-order", "/vision/customer/cloudstorage/order/get")));
        var request = new MockHttpServletRequest("POST", "/vision/customer/cloudstorage/order/got");
        request.setServletPath("/vision/customer/cloudstorage/order/got");

        assertThat(routes.of(request)).isEmpty();
    }

    @Test
    void twoApisAtOnePathStopTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> new ApiRoutes(List.of(route("one", "/vision/a"),
                route("other", "/vision/a")))).withMessageContaining("two APIs at /vision/a");
    }

    @Test
    void twoApisWithOneIdStopTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> new ApiRoutes(List.of(route("one", "/vision/a"),
                route("one", "/vision/b")))).withMessageContaining("two APIs with the id one");
    }

    @Test
    void anIdIsLowerCaseWordsJoinedByHyphens() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiRoute.post("/vision/a").id("Get_Order"));
    }

    @Test
    void theAcceptedRangeIsBothEndsIncluded() {
        var route = route("get-order", "/vision/a");

        assertThat(route.accepts(ApiVersion.of("1.0.0"))).isTrue();
        assertThat(route.accepts(ApiVersion.of("1.0.2"))).isTrue();
        assertThat(route.accepts(ApiVersion.of("1.0.3"))).isFalse();
        assertThat(route.acceptedRange()).isEqualTo("1.0.0 - 1.0.2");
    }
}
