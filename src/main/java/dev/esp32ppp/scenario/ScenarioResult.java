package dev.esp32ppp.scenario;

import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.steps.CheckResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario's run: its checks' results, the labs it ran (one, two side by side, or one per
 * point of a timing-window sweep) and, for a sweep, the window map.
 */
public record ScenarioResult(Scenario scenario, List<CheckResult> checks, List<LabRecord> labs,
                             List<WindowPoint> window) {
    public ScenarioResult {
        checks = List.copyOf(checks);
        labs = List.copyOf(labs);
        window = List.copyOf(window);
    }

    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** The folder of the last lab's run files. */
    public Path runFolder() {
        return labs.isEmpty() ? null : labs.get(labs.size() - 1).runFolder();
    }
}
