package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.scenario.CheckResult;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario file under fixtures/scenarios, run on the real lab: all its checks pass. */
@Tag("e2e")
class ScenarioSuiteTest {
    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioPasses(Path file) {
        Scenario scenario = ScenarioFile.load(file);
        ScenarioResult result = new ScenarioRunner(LabConfig.defaultRunsFolder(), System.out).run(scenario);
        assertThat(result.checks()).as("checks of %s (run files in %s)", file.getFileName(), result.runFolder())
                .isNotEmpty().allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.reason()).isTrue());
        // a sweep has one check a point; the passthru person's steps are one check more
        int expected = scenario.sweep() == null ? scenario.checks().size() + (scenario.passthru() == null ? 0 : 1)
                : scenario.sweep().firmwares().size() * scenario.sweep().offsets().size();
        assertThat(result.checks()).extracting(CheckResult::name).as("every check ran").hasSize(expected);
    }
}
