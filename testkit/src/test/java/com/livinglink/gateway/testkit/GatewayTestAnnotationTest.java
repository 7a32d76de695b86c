package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;

/** What {@link GatewayTest} brings to a class, found as JUnit finds it. */
class GatewayTestAnnotationTest {

    @Test
    void registersTheExtension() {
        assertThat(AnnotationSupport.findRepeatableAnnotations(Annotated.class, ExtendWith.class))
                .anySatisfy(extendWith -> assertThat(extendWith.value()).contains(GatewayExtension.class));
    }

    @Test
    void holdsTheSharedGatewaysLockSoThatParallelExecutionRunsItsClassesOneAtATime() {
        assertThat(AnnotationSupport.findRepeatableAnnotations(Annotated.class, ResourceLock.class))
                .singleElement().satisfies(lock -> assertThat(lock.value()).isEqualTo(GatewayExtension.RESOURCE_LOCK));
    }

    @Test
    void isInheritedBySubclasses() {
        assertThat(AnnotationSupport.findAnnotation(Subclass.class, GatewayTest.class)).isPresent();
    }

    @GatewayTest
    static class Annotated {
    }

    static class Subclass extends Annotated {
    }
}
