package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import dev.esp32ppp.steps.CheckResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A recipe that fails is reported with its exit code and output, nothing runs after it, and the
 * lab is gone; a recipe loading a kernel module the guest lacks fails at once with the guest's
 * own words.
 */
@Tag("e2e")
class RecipeFailsTest {
    /** Well below the 30 s a recipe may take: a failure, not a timeout. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @Test
    void aFailingRecipeIsReportedAndTheLabTornDown() {
        ScenarioResult result = run("recipe-fails.yaml");

        assertThat(result.passed()).isFalse();
        CheckResult recipe = result.checks().get(0);
        assertThat(result.checks()).as("nothing ran after the failed recipe").hasSize(1);
        assertThat(recipe.name()).isEqualTo("recipe route-typo.sh on saxonsoc");
        assertThat(recipe.reason()).startsWith("exit ").contains("10.0.5.300");
        String labId = result.labs().get(0).labId();
        assertThat(DockerEngine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(Lab.LABEL, labId)).exec()).as("containers of lab " + labId).isEmpty();
    }

    @Test
    void aModuleTheGuestLacksFailsTheScenarioWithTheGuestsMessage() {
        ScenarioResult result = run("tunnel-module-missing.yaml");

        assertThat(result.passed()).isFalse();
        assertThat(result.checks()).as("nothing ran after the failed recipe").hasSize(1);
        CheckResult recipe = result.checks().get(0);
        assertThat(recipe.name()).isEqualTo("recipe tunnel-wireguard-linux.sh on saxonsoc");
        assertThat(recipe.reason()).as("the guest's modprobe, in its words")
                .startsWith("exit 1: modprobe: FATAL: Module wireguard not found in directory /lib/modules/");
        LabRecord lab = result.labs().get(0);
        Duration applied = lab.of("saxonsoc", EventKind.RECIPE).get(0).at();
        Duration failed = lab.of("saxonsoc", EventKind.CHECK_FAIL).get(0).at();
        assertThat(failed.minus(applied)).as("from the recipe to its failure").isLessThan(AT_ONCE);
    }

    private static ScenarioResult run(String file) {
        return new ScenarioRunner(LabConfig.defaultRunsFolder(), new PlainProgress(System.out))
                .run(ScenarioFile.load(ProjectHome.path().resolve("src/test/resources/scenarios").resolve(file)));
    }
}
