package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.CheckResult;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import dev.esp32ppp.scenario.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario file under fixtures/scenarios, run on the real lab (alone or beside another)
 * by one runner, as {@code ./harness run} runs them: all its checks pass, and a scenario drawn
 * beside another runs once, its lab shown in both places.
 */
@Tag("e2e")
class ScenarioSuiteTest {
    private static final List<ScenarioResult> RESULTS = new CopyOnWriteArrayList<>();
    private static final ScenarioRunner RUNNER = new ScenarioRunner(LabConfig.defaultRunsFolder(),
            new PlainProgress(System.out));
    /** The lab each scenario file ran in, wherever it was first drawn. */
    private static final Map<Path, String> LAB_OF = new ConcurrentHashMap<>();

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioPasses(Path file) {
        Scenario scenario = ScenarioFile.load(file);
        ScenarioResult result = RUNNER.run(scenario);
        RESULTS.add(result);
        assertThat(result.checks()).as("checks of %s (run files in %s)", file.getFileName(), result.runFolder())
                .isNotEmpty().allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.reason()).isTrue());
        // a sweep has one check a point; the passthru person's steps are one check more
        int expected = expectedChecks(scenario) + (scenario.sideBySide() == null ? 0 : expectedChecks(scenario.sideBySide()));
        assertThat(result.checks()).extracting(CheckResult::name).as("every check ran").hasSize(expected);
        ranOnce(file, result.labs().get(0));
        if (scenario.sideBySide() != null) {
            ranOnce(scenario.sideBySide().file(), result.labs().get(1));
        }
    }

    private static void ranOnce(Path file, LabRecord lab) {
        String first = LAB_OF.putIfAbsent(file, lab.labId());
        assertThat(first).as("%s ran in lab %s before; drawn again it must be that lab", file.getFileName(), first)
                .isIn(null, lab.labId());
    }

    private static int expectedChecks(Scenario scenario) {
        Steps steps = scenario.steps();
        return steps.sweep() == null ? steps.checks().size() + (steps.person() == null ? 0 : 1)
                : steps.sweep().firmwares().size() * steps.sweep().offsets().size();
    }

    /** The suite's report, for a person or a CI system to look at: target/harness-report/suite. */
    @AfterAll
    static void writeReport() {
        if (!RESULTS.isEmpty()) {
            System.out.println("report: " + ReportWriter.write(RESULTS, ReportFolder.root().resolve("suite")));
        }
    }
}
