package com.livinglink.gateway.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EnvelopeErrorReportValve} in front of Tomcat's own error page on every connector. It runs after
 * Spring Boot's customizer, so its valve sits inside Boot's plain one and reports first. Adds
 * {@link RequestStartValve} to the application's pipeline.
 */
@Component
class ErrorReportValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<EnvelopeWriter> responses;

    ErrorReportValveCustomizer(ObjectProvider<EnvelopeWriter> responses) {
        this.responses = responses;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.getParent().getPipeline()
                .addValve(new EnvelopeErrorReportValve(responses::getObject)));
        factory.addContextValves(new RequestStartValve());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
