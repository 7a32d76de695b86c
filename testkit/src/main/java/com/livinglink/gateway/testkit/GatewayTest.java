package com.livinglink.gateway.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the cloud-storage gateway for the test class: a {@link Gateway} parameter of a test, lifecycle method or
 * constructor is the running gateway.
 *
 * <p>The gateway is the real one, the executable jar started as a child process with the {@code demo} profile
 * (the demo apps, operator token and data, test control on), on free ports of 127.0.0.1, in a fresh temporary
 * data directory. It starts once for the whole run and is shared by every test class with the same options
 * (classes with other options get a gateway of their own); it stops when the run ends. Before each test it is
 * reset ({@code POST /admin/test/reset}: the fixture or the demo data, the journal emptied, no faults, the
 * clock as at start), unless {@link #resetBeforeEach()} says otherwise.
 *
 * <p>The classes that share a gateway share its state, so they hold a {@link ResourceLock} on it: with JUnit's
 * parallel execution on, they still run one at a time.
 *
 * <pre>{@code
 * @GatewayTest
 * class OrderClientTest {
 *     @Test
 *     void readsAnOrder(Gateway gateway) {
 *         var answer = gateway.client().call("order/get",
 *                 Map.of("iotId", "QIuozfUcxRX6frOTO4dK****", "orderId", "20200731124115****"));
 *         assertEquals(200, answer.code());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(GatewayExtension.class)
@ResourceLock(GatewayExtension.RESOURCE_LOCK)
public @interface GatewayTest {

    /**
     * What a reset loads instead of the demo data: a JSON file of devices, orders and bindings
     * ({@code docs/testing.md} of the gateway), as a resource of the test class path ({@code fixtures/two-cameras.json})
     * or a file ({@code file:src/test/fixture.json}, or a path). Empty: the demo data.
     */
    String fixture() default "";

    /**
     * An instant to pin the gateway's business clock at ({@code 2020-09-01T00:00:00Z}), as at every reset. Empty:
     * real time.
     */
    String clock() default "";

    /** More of the gateway's properties, each as {@code name=value} ({@code gateway.testing.journal-size=50}). */
    String[] properties() default {};

    /**
     * Options for the gateway's JVM ({@code -Xmx512m}, {@code -XX:SharedArchiveFile=gateway.jsa}), after those of the
     * system property {@code gateway.testkit.jvm-options}.
     */
    String[] jvmOptions() default {};

    /** Whether the gateway is reset before each test. */
    boolean resetBeforeEach() default true;
}
