package com.livinglink.gateway.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a scenario class of {@link ExtensionLifecycleTest} only inside the run it makes of it: an IDE that finds the
 * class on its own (one of them fails to start a gateway on purpose) skips it.
 */
final class OnlyAsScenario implements ExecutionCondition {

    static final String PARAMETER = "testkit.scenarios";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).isPresent()
                ? ConditionEvaluationResult.enabled("run by ExtensionLifecycleTest")
                : ConditionEvaluationResult.disabled("a scenario of ExtensionLifecycleTest, run by it");
    }
}
