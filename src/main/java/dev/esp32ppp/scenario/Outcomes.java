package dev.esp32ppp.scenario;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.progress.Progress;
import dev.esp32ppp.steps.CheckResult;
import java.util.List;

/** Where a check's result goes: the run's results, an event of its node (the timeline's mark) and a progress line. */
final class Outcomes {
    private Outcomes() {
    }

    /** Records the result; says whether it passed. */
    static boolean record(CheckResult result, String node, EventLog events, Progress progress, List<CheckResult> results) {
        String failure = result.passed() ? "" : ": " + result.reason();
        events.record(node, result.passed() ? EventKind.CHECK_PASS : EventKind.CHECK_FAIL, result.name() + failure);
        progress.line("  " + (result.passed() ? "PASS " : "FAIL ") + result.name() + failure);
        if (result.passed() && !result.reason().isEmpty()) {
            result.reason().lines().forEach(line -> progress.line("      " + line));
        }
        results.add(result);
        return result.passed();
    }
}
