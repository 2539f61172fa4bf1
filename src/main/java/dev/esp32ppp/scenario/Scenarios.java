package dev.esp32ppp.scenario;

import dev.esp32ppp.api.CheckOutcome;
import dev.esp32ppp.progress.PlainProgress;
import java.nio.file.Path;
import java.util.List;

/**
 * Scenario files run from Java, as {@code ./harness run FILE} runs them: the file's lab, waits,
 * recipes and checks, and the scenario it is drawn beside. Paths inside the file are under the
 * harness's fixtures ({@link dev.esp32ppp.api.Esp32PppLab#bundledFile}) unless absolute. Progress lines go to
 * standard output.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /**
     * Runs the scenario file; every check's verdict, in the file's order.
     *
     * @throws ScenarioException for a file with a mistake ({@code file:line: what}),
     *         before any container starts
     */
    public static List<CheckOutcome> run(Path file, Path runsFolder) {
        Scenario scenario = ScenarioFile.load(file.toAbsolutePath());
        scenario.lab().buildMissingImages();
        ScenarioResult result = new ScenarioRunner(runsFolder.toAbsolutePath(), new PlainProgress(System.out))
                .run(scenario);
        return result.checks().stream().map(CheckOutcome::of).toList();
    }

    /**
     * Runs the scenario file and fails naming each failed check.
     *
     * @throws AssertionError naming each failed check with its reason
     */
    public static void verify(Path file, Path runsFolder) {
        CheckOutcome.assertPassed(run(file, runsFolder), "scenario " + file);
    }
}
