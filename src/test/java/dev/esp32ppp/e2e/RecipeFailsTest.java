package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.CheckResult;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A recipe that fails is reported with its exit code and output, nothing runs after it, and the lab is gone. */
@Tag("e2e")
class RecipeFailsTest {
    @Test
    void aFailingRecipeIsReportedAndTheLabTornDown() {
        ScenarioResult result = new ScenarioRunner(LabConfig.defaultRunsFolder(), new PlainProgress(System.out))
                .run(ScenarioFile.load(ProjectHome.path().resolve("src/test/resources/scenarios/recipe-fails.yaml")));

        assertThat(result.passed()).isFalse();
        CheckResult recipe = result.checks().get(0);
        assertThat(result.checks()).as("nothing ran after the failed recipe").hasSize(1);
        assertThat(recipe.name()).isEqualTo("recipe route-typo.sh on saxonsoc");
        assertThat(recipe.reason()).startsWith("exit ").contains("10.0.5.300");
        String labId = result.labs().get(0).labId();
        assertThat(DockerEngine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(Lab.LABEL, labId)).exec()).as("containers of lab " + labId).isEmpty();
    }
}
