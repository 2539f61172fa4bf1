package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A lab that boots slowly still pulls the cable after the link is up: unplug-for-good counts its
 * unplug from SaxonSoc's ppp0-up, so at three times its time scale (the Linux boots in 15 s, not
 * 5 s) it passes as it does at its own. With the old absolute time (13 s on the lab's clock) the
 * cable would be out before PPP could come up, and the scenario's wait for ppp0-up would fail.
 */
@Tag("e2e")
@Order(4) // among the longest classes: started first (junit-platform.properties)
class SlowBootTest {
    private static final Duration OLD_ABSOLUTE_UNPLUG = Duration.ofSeconds(13);

    @Test
    void anUnplugCountedFromTheLinkComesAfterItHoweverSlowTheBoot() {
        Scenario file = ScenarioFile.load(ScenarioFile.folder().resolve("unplug-for-good.yaml"));
        Scenario slow = file.withLabs(lab -> lab.toBuilder().withTimeScale(lab.timeScale() * 3).build());

        ScenarioResult result = new ScenarioRunner(LabConfig.defaultRunsFolder(), new PlainProgress(System.out)).run(slow);

        assertThat(result.checks()).as("checks (run files in %s)", result.runFolder()).isNotEmpty()
                .allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.reason()).isTrue());
        LabRecord lab = result.labs().getFirst();
        Event linkUp = first(lab, "saxonsoc", EventKind.PPP0_UP);
        Event pulled = first(lab, "cable", EventKind.UNPLUGGED);
        assertThat(linkUp.at()).as("the boot was slow: the link came up after the old absolute unplug time")
                .isGreaterThan(OLD_ABSOLUTE_UNPLUG);
        assertThat(pulled.at()).as("pulled 3 s after the link came up").isGreaterThanOrEqualTo(linkUp.at().plusSeconds(3));
        assertThat(first(lab, "cable", EventKind.ANCHOR).detail()).contains("counted from saxonsoc ppp0-up");
    }

    private static Event first(LabRecord lab, String node, EventKind kind) {
        return lab.events().stream().filter(e -> e.node().equals(node) && e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(node + " never reported " + kind + " (run files in "
                        + lab.runFolder() + ")"));
    }
}
