package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import dev.esp32ppp.scenario.Jobs;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioDurations;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioJobs;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.steps.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario file under fixtures/scenarios, run on the real lab (alone or beside another)
 * by one runner, as {@code ./harness run} runs them, as many labs at once as it would run on
 * this machine: all its checks pass, and a scenario drawn beside another runs once, its lab
 * shown in both places.
 */
@Tag("e2e")
@Order(1) // among the longest classes: started first (junit-platform.properties)
class ScenarioSuiteTest {
    private static final Jobs JOBS = Jobs.of(null);
    private static final ScenarioJobs RUNNING = new ScenarioJobs(new ScenarioRunner(LabConfig.defaultRunsFolder(),
            new PlainProgress(System.out)), JOBS.count());
    /** Every file's result to come, all started before the first test waits for its own. */
    private static Map<Scenario, CompletableFuture<ScenarioResult>> results;
    /** The lab each scenario file ran in, wherever it was first drawn. */
    private static final Map<Path, String> LAB_OF = new ConcurrentHashMap<>();

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void startEveryScenario() throws IOException {
        System.out.println("scenario suite: up to " + JOBS.count() + " labs at once (" + JOBS.why() + ")");
        results = RUNNING.start(scenarios().map(ScenarioFile::load).toList(),
                ScenarioDurations.read(ScenarioDurations.file()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioPasses(Path file) {
        Scenario scenario = results.keySet().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        ScenarioResult result = ScenarioJobs.await(results.get(scenario));
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
        RUNNING.close();
        List<ScenarioResult> done = results.values().stream().filter(r -> r.isDone() && !r.isCompletedExceptionally())
                .map(CompletableFuture::join).toList();
        if (!done.isEmpty()) {
            System.out.println("report: " + ReportWriter.write(done, ReportFolder.root().resolve("suite")));
        }
    }
}
