package dev.esp32ppp.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.lab.LabException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of about equal recorded seconds, the same on every machine, partners together. */
@Tag("unit")
class ShardPlanTest {
    @TempDir
    Path dir;

    private Scenario scenario(String name, String beside) throws IOException {
        return ScenarioFile.load(Files.writeString(dir.resolve(name + ".yaml"), "name: " + name + "\n"
                + (beside == null ? "" : "side-by-side: " + beside + "\n")
                + "checks:\n  - {name: a, on: esp32, run: 'true'}\n"));
    }

    private List<Scenario> scenarios(String... names) throws IOException {
        List<Scenario> all = new ArrayList<>();
        for (String name : names) {
            all.add(scenario(name, null));
        }
        return all;
    }

    private static List<String> names(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::name).toList();
    }

    @Test
    void theLongestGoFirstToTheLeastLoadedShardAndEachShardKeepsTheRunsOrder() throws IOException {
        List<Scenario> all = scenarios("a", "b", "c", "d", "e");
        ScenarioDurations durations = new ScenarioDurations(Map.of("a", 10.0, "b", 60.0, "c", 30.0, "d", 40.0, "e", 20.0));

        ShardPlan plan = ShardPlan.of(all, 2, durations);

        // b 60 -> 1; d 40 -> 2; c 30 -> 2 (70); e 20 -> 1 (80); a 10 -> 2 (80)
        assertThat(names(plan.shard(1))).containsExactly("b", "e");
        assertThat(names(plan.shard(2))).containsExactly("a", "c", "d");
        assertThat(plan.seconds()).containsExactly(80.0, 80.0);
    }

    @Test
    void equalDurationsAreDealtByNameSoEveryMachineGetsTheSamePlan() throws IOException {
        List<Scenario> all = scenarios("d", "c", "b", "a");
        ScenarioDurations none = new ScenarioDurations(Map.of());

        ShardPlan plan = ShardPlan.of(all, 3, none);
        ShardPlan again = ShardPlan.of(List.of(all.get(2), all.get(0), all.get(3), all.get(1)), 3, none);

        assertThat(names(plan.shard(1))).containsExactly("d", "a");
        assertThat(names(plan.shard(2))).containsExactly("b");
        assertThat(names(plan.shard(3))).containsExactly("c");
        for (int shard = 1; shard <= 3; shard++) {
            assertThat(names(again.shard(shard))).as("shard %d, the run's scenarios in another order", shard)
                    .containsExactlyInAnyOrderElementsOf(names(plan.shard(shard)));
        }
    }

    @Test
    void aScenarioAndTheOneBesideItShareAShardAndCountTogether() throws IOException {
        Scenario fix = scenario("fix", null);
        Scenario bug = scenario("bug", "fix");
        Scenario other = scenario("other", null);
        ScenarioDurations durations = new ScenarioDurations(Map.of("bug", 30.0, "fix", 10.0, "other", 35.0));

        ShardPlan plan = ShardPlan.of(List.of(bug, fix, other), 2, durations);

        assertThat(names(plan.shard(1))).containsExactly("bug", "fix");
        assertThat(names(plan.shard(2))).containsExactly("other");
        assertThat(plan.seconds()).containsExactly(40.0, 35.0);
    }

    @Test
    void aScenarioThatShowsAnotherBesideItCountsThatOnesLabAlsoWhenTheRunDoesNotNameIt() throws IOException {
        scenario("fix", null);
        Scenario bug = scenario("bug", "fix");
        ScenarioDurations durations = new ScenarioDurations(Map.of("bug", 30.0, "fix", 10.0));

        assertThat(ShardPlan.of(List.of(bug), 1, durations).seconds()).containsExactly(40.0);
    }

    @Test
    void aScenarioTheFileLacksCountsAsTheMedian() throws IOException {
        List<Scenario> all = scenarios("a", "b", "c", "new");
        ScenarioDurations durations = new ScenarioDurations(Map.of("a", 10.0, "b", 50.0, "c", 20.0));

        ShardPlan plan = ShardPlan.of(all, 2, durations);

        assertThat(durations.of("new")).isEqualTo(20.0);
        // b 50 -> 1; then c and new, 20 each, by name: c -> 2, new -> 2; a 10 -> 2
        assertThat(names(plan.shard(1))).containsExactly("b");
        assertThat(names(plan.shard(2))).containsExactly("a", "c", "new");
    }

    @Test
    void moreShardsThanScenariosLeavesSomeEmpty() throws IOException {
        ShardPlan plan = ShardPlan.of(scenarios("a"), 3, new ScenarioDurations(Map.of()));

        assertThat(names(plan.shard(1))).containsExactly("a");
        assertThat(plan.shard(2)).isEmpty();
        assertThat(plan.shard(3)).isEmpty();
    }

    @Test
    void theFileIsNamesAndSecondsWithComments() throws IOException {
        Path file = Files.writeString(dir.resolve("durations.tsv"), "# seconds\nautostart\t12.5\n\ndns\t9\n");

        ScenarioDurations read = ScenarioDurations.read(file);
        ScenarioDurations project = ScenarioDurations.read(ScenarioDurations.file());

        assertThat(read.of("autostart")).isEqualTo(12.5);
        assertThat(read.of("dns")).isEqualTo(9.0);
        assertThat(project.of("timing-window")).as("the project's file").isGreaterThan(project.of("dns"));
    }

    @Test
    void aLineThatIsNotNameTabSecondsNamesItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("durations.tsv"), "autostart\t12.5\ndns 9\n");

        assertThatThrownBy(() -> ScenarioDurations.read(file)).isInstanceOf(LabException.class)
                .hasMessage(file + ":2: not a scenario's name, a tab and its seconds: 'dns 9'");
    }
}
