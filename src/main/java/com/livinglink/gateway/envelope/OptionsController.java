package com.livinglink.gateway.envelope;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC answers OPTIONS on a mapped path itself (200 with {@code Allow}) unless a handler is mapped
 * for it; the contract allows POST only, so OPTIONS is refused like any other method.
 */
@RestController
class OptionsController {

    @RequestMapping(path = {ApiEndpoint.Paths.BIND_ORDER, ApiEndpoint.Paths.GET_ORDER},
            method = RequestMethod.OPTIONS)
    void options() {
        throw new TransportException(TransportError.UNSUPPORTED_METHOD);
    }
}
