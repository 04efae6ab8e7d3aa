package se.fristad.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that drives Chromium. Where Chromium is not installed the class is reported as skipped,
 * with the reason, on a developer's machine; under {@code CI=true} it runs anyway so that
 * {@link Browser#launch()} fails it loudly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    /** Enables the tests when Chromium is there, or when CI must see them fail. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Browser.isInstalled() || Browser.isCi()) {
                return ConditionEvaluationResult.enabled("Chromium at " + Browser.executable());
            }
            return ConditionEvaluationResult.disabled(Browser.missingMessage()
                    + " Browser tests skipped; install it with: " + Browser.INSTALL);
        }
    }
}
