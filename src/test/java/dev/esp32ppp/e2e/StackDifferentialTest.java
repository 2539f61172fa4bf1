package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioDurations;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioJobs;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java model held to real lwIP: the same scenario runs once with each as the ESP32's stack,
 * against the real pppd, and what each end negotiated is the same ({@link StackTranscript} takes
 * out magic numbers, interface identifiers, times and repeats). Where real lwIP behaves
 * differently the model is wrong, unless README.md lists the difference as an lwIP quirk. The
 * scenarios run at the same time as one another, and each one's two labs side by side.
 */
@Tag("e2e")
@Order(2) // among the longest classes: started first (junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
class StackDifferentialTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"scenarios/autostart", "scenarios/passthru", "scenarios/pppd-stopped",
            "scenarios/esp32-reboot", "differential/transfer-256k"})
    void theModelNegotiatesAsLwipDoes(String scenario) {
        Path file = scenario.startsWith("differential/")
                ? ProjectHome.path().resolve("src/test/resources/" + scenario + ".yaml")
                : ProjectHome.fixtures().resolve(scenario + ".yaml");
        Scenario onLwip = ScenarioFile.load(file).onStack(Esp32Stack.LWIP);
        Scenario onModel = ScenarioFile.load(file).onStack(Esp32Stack.MODEL);
        ScenarioRunner runner = new ScenarioRunner(LabConfig.defaultRunsFolder(), new PlainProgress(System.out));
        try (ScenarioJobs bothStacks = new ScenarioJobs(runner, 2)) {
            Map<Scenario, CompletableFuture<ScenarioResult>> results =
                    bothStacks.start(List.of(onLwip, onModel), ScenarioDurations.read(ScenarioDurations.file()));
            String lwip = transcriptOf(Esp32Stack.LWIP, scenario, ScenarioJobs.await(results.get(onLwip)));
            String model = transcriptOf(Esp32Stack.MODEL, scenario, ScenarioJobs.await(results.get(onModel)));

            assertThat(model).as("the model's transcript against lwIP's").isEqualTo(lwip);
        }
    }

    private static String transcriptOf(Esp32Stack stack, String scenario, ScenarioResult result) {
        assertThat(result.checks()).as("checks on %s (run files in %s)", stack.id(), result.runFolder()).isNotEmpty()
                .allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.reason()).isTrue());
        assertThat(result.labs()).singleElement().extracting(lab -> lab.esp32Stacks()).asList()
                .as("the stack that ran").allMatch(name -> name.toString().startsWith(stack.id()));
        String transcript = StackTranscript.of(result.labs().get(0).events());
        System.out.printf("%s on %s (%s):%n%s", scenario, stack.id(), result.runFolder(), transcript);
        return transcript;
    }
}
