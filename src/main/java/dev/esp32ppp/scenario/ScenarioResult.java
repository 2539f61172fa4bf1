package dev.esp32ppp.scenario;

import java.nio.file.Path;
import java.util.List;

/** A scenario's run: its checks' results and the folder with the run's files. */
public record ScenarioResult(Scenario scenario, List<CheckResult> checks, Path runFolder) {
    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
