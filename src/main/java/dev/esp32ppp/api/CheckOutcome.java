package dev.esp32ppp.api;

import java.util.List;

/**
 * A check's verdict.
 *
 * @param name the check's name
 * @param passed whether it passed
 * @param reason why it failed, or what it showed when it passed; may be empty
 */
public record CheckOutcome(String name, boolean passed, String reason) {
    /** Fails naming each failed outcome with its reason; {@code what} says what ran, e.g. the run folder. */
    static void assertPassed(List<CheckOutcome> outcomes, String what) {
        List<String> failures = outcomes.stream().filter(outcome -> !outcome.passed())
                .map(outcome -> outcome.name() + ": " + outcome.reason()).toList();
        if (!failures.isEmpty()) {
            throw new AssertionError("failed checks (" + what + "):\n  " + String.join("\n  ", failures));
        }
    }
}
