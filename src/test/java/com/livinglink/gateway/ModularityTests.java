package com.livinglink.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.livinglink.gateway.freeplan.WireAwareFreePlanRule;
import com.livinglink.gateway.order.WireAwareOrderRule;
import com.livinglink.gateway.order.web.WireAwareOrderRoute;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module map holds: each top-level package is a module (its {@code package-info} says what it is), no
 * module reaches into another's sub-packages, no cycle joins them, and the domain knows nothing of the wire.
 * Both checks are shown to fail on a wrong arrow: the wire rule on classes kept for it here, the module rule on
 * the small applications of {@code com.livinglink.wrongarrows}.
 */
class ModularityTests {

    private static final String[] DOMAIN = {"com.livinglink.gateway.order..", "com.livinglink.gateway.device..",
            "com.livinglink.gateway.commodity..", "com.livinglink.gateway.freeplan..",
            "com.livinglink.gateway.identity..", "com.livinglink.gateway.failure.."};

    /** A domain module's {@code web} sub-package: its APIs' routes, params and data, its adapter to the edge. */
    private static final String WEB = "..web..";

    private static final String[] WIRE = {"com.livinglink.gateway.api..", "jakarta.servlet..",
            "tools.jackson..", "org.springframework.web..", "org.springframework.http..", "io.swagger.."};

    /** Where the applications with a wrong arrow are, one a sub-package. */
    private static final String WRONG_ARROWS = "com.livinglink.wrongarrows";

    /** Their classes are test classes, which a module map leaves out unless told. */
    private static final ImportOption TEST_CLASSES_TOO = location -> true;

    /**
     * A module's {@code web} sub-package is its adapter to the API edge; everything else (entities, services,
     * values, failures) must stay free of envelopes, result codes, servlets, JSON and API descriptions.
     */
    static final ArchRule DOMAIN_KNOWS_NOTHING_OF_THE_WIRE = noClasses().that().resideInAnyPackage(DOMAIN)
            .and().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(WIRE)
            .as("the domain knows nothing of the wire: it refuses with DomainFailures, coded at the API edge");

    @Test
    void modulesFormNoCycleAndUseOnlyWhatEachOtherExposes() {
        ApplicationModules.of(GatewayApplication.class).verify();
    }

    @Test
    void theDomainKnowsNothingOfTheWire() {
        DOMAIN_KNOWS_NOTHING_OF_THE_WIRE.check(new ClassFileImporter().withImportOption(
                ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.livinglink.gateway"));
    }

    @Test
    void anOrderRuleThatRefusesWithAResultCodeBreaksTheDomainRule() {
        var classes = new ClassFileImporter().importClasses(WireAwareOrderRule.class);

        assertThat(DOMAIN_KNOWS_NOTHING_OF_THE_WIRE.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void aFreePlanRuleThatRefusesWithAResultCodeBreaksTheDomainRule() {
        var classes = new ClassFileImporter().importClasses(WireAwareFreePlanRule.class);

        assertThat(DOMAIN_KNOWS_NOTHING_OF_THE_WIRE.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void theSameRefusalInAModulesWebSubPackageIsItsAdapterToTheEdge() {
        var classes = new ClassFileImporter().importClasses(WireAwareOrderRule.class, WireAwareOrderRoute.class);

        var violations = DOMAIN_KNOWS_NOTHING_OF_THE_WIRE.evaluate(classes).getFailureReport().getDetails();

        assertThat(violations).isNotEmpty()
                .allMatch(violation -> violation.contains(WireAwareOrderRule.class.getName()))
                .noneMatch(violation -> violation.contains(WireAwareOrderRoute.class.getName()));
    }

    @Test
    void aModuleThatReachesIntoAnothersSubPackageBreaksTheModuleRule() {
        var modules = ApplicationModules.of(WRONG_ARROWS + ".reachinginside", TEST_CLASSES_TOO);

        assertThat(modules.detectViolations().getMessages()).singleElement().asString()
                .contains("reachinginside.freeplan.FreePlan").contains("reachinginside.order.web.OrderData");
        assertThatExceptionOfType(Violations.class).isThrownBy(modules::verify);
    }

    @Test
    void modulesThatDependOnEachOtherBreakTheModuleRule() {
        var modules = ApplicationModules.of(WRONG_ARROWS + ".cycle", TEST_CLASSES_TOO);

        assertThat(modules.detectViolations().getMessages()).singleElement().asString().contains("Cycle detected");
        assertThatExceptionOfType(Violations.class).isThrownBy(modules::verify);
    }
}
