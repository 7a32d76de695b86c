package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The gateway does not start unless every API has exactly one handler of the handlers' one shape. */
class ApiHandlersTest {

    record NoParams() {
    }

    @RestController
    static class GetOrderOnly {

        ResponseEntity<ApiResponse> get(@ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<NoParams> request,
                HttpServletRequest http) {
            return ResponseEntity.ok().build();
        }
    }

    @RestController
    static class AnotherGetOrder {

        ResponseEntity<ApiResponse> get(@ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<NoParams> request,
                HttpServletRequest http) {
            return ResponseEntity.ok().build();
        }
    }

    @RestController
    static class WithoutTheRequest {

        ResponseEntity<ApiResponse> get(@ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<NoParams> request) {
            return ResponseEntity.ok().build();
        }
    }

    /** Built on demand only, as springdoc's controller (apidocs' ApiDocsOnDemand). */
    @RestController
    static class LazyDocumentation {

        ResponseEntity<String> describe() {
            return ResponseEntity.ok("{}");
        }
    }

    private static GenericApplicationContext contextOf(Class<?>... controllers) {
        var context = new GenericApplicationContext();
        for (var controller : controllers) {
            context.registerBean(controller);
        }
        context.refresh();
        return context;
    }

    @Test
    void anApiWithoutAHandlerStopsTheStart() {
        try (var context = contextOf(GetOrderOnly.class)) {
            assertThatIllegalStateException().isThrownBy(() -> ApiHandlers.find(context))
                    .withMessageContaining("no handler for").withMessageContaining("BIND_ORDER")
                    .withMessageNotContaining("GET_ORDER");
        }
    }

    @Test
    void twoHandlersOfOneApiStopTheStart() {
        try (var context = contextOf(GetOrderOnly.class, AnotherGetOrder.class)) {
            assertThatIllegalStateException().isThrownBy(() -> ApiHandlers.find(context))
                    .withMessageContaining("two handlers for GET_ORDER");
        }
    }

    @Test
    void aHandlerOfAnotherShapeStopsTheStart() {
        try (var context = contextOf(WithoutTheRequest.class)) {
            assertThatIllegalStateException().isThrownBy(() -> ApiHandlers.find(context))
                    .withMessageContaining("an API handler is ResponseEntity<ApiResponse>");
        }
    }

    @Test
    void aLazyControllerWithoutHandlersIsLeftUnbuilt() {
        var context = new GenericApplicationContext();
        context.registerBean(GetOrderOnly.class);
        context.registerBean("documentation", LazyDocumentation.class, definition -> definition.setLazyInit(true));
        context.refresh();
        try (context) {
            assertThatIllegalStateException().isThrownBy(() -> ApiHandlers.find(context))
                    .withMessageContaining("no handler for");
            assertThat(context.getBeanFactory().containsSingleton("documentation")).isFalse();
        }
    }

    @Test
    void theParamsTypeIsTheRequestsTypeArgument() throws NoSuchMethodException {
        var method = GetOrderOnly.class.getDeclaredMethod("get", ApiRequest.class, HttpServletRequest.class);

        assertThat(ApiHandlers.paramsType(new MethodParameter(method, 0)))
                .isEqualTo(NoParams.class);
    }
}
