package dev.esp32ppp.api;

import dev.esp32ppp.steps.CheckResult;
import java.util.List;

/**
 * A check's verdict.
 *
 * @param name the check's name
 * @param passed whether it passed
 * @param reason why it failed, or what it showed when it passed; may be empty
 */
public record CheckOutcome(String name, boolean passed, String reason) {
    /** The harness's own verdict (of its scenario runner and checks) as an outcome. */
    public static CheckOutcome of(CheckResult result) {
        return new CheckOutcome(result.name(), result.passed(), result.reason() == null ? "" : result.reason());
    }

    /**
     * Fails naming each failed outcome with its reason; {@code what} says what ran, e.g. the run folder.
     *
     * @throws AssertionError when any outcome failed
     */
    public static void assertPassed(List<CheckOutcome> outcomes, String what) {
        List<String> failures = outcomes.stream().filter(outcome -> !outcome.passed())
                .map(outcome -> outcome.name() + ": " + outcome.reason()).toList();
        if (!failures.isEmpty()) {
            throw new AssertionError("failed checks (" + what + "):\n  " + String.join("\n  ", failures));
        }
    }
}
