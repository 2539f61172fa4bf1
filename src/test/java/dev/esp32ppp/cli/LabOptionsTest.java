package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options of run and up change the scenario's lab; what they do not name stays as the file has it. */
@Tag("unit")
class LabOptionsTest {
    @TempDir
    Path dir;

    private static Scenario withOptions(Scenario scenario, String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.options.applyTo(List.of(scenario)).get(0);
    }

    @Test
    void pppdOverridesTheFilesChoiceForTheScenarioAndTheOneBesideIt() throws IOException {
        Files.writeString(dir.resolve("fix.yaml"), "name: fix\npppd: 2.5.2\nchecks:\n  - {name: a, on: esp32, run: 'true'}\n");
        Scenario bug = ScenarioFile.load(Files.writeString(dir.resolve("bug.yaml"),
                "name: bug\npppd: 2.5.2\nside-by-side: fix\nchecks:\n  - {name: a, on: esp32, run: 'true'}\n"));

        Scenario chosen = withOptions(bug, "--pppd", "2.4.9", "bug");
        Scenario asFiled = withOptions(bug, "--stack", "model", "bug");

        assertThat(chosen.lab().boards().pppd()).isEqualTo(PppdVersion.V2_4_9);
        assertThat(chosen.sideBySide().lab().boards().pppd()).isEqualTo(PppdVersion.V2_4_9);
        assertThat(asFiled.lab().boards().pppd()).as("without --pppd, the file's").isEqualTo(PppdVersion.V2_5_2);
    }

    @Test
    void theOneBesideKeepsItsOwnFirmwareAndTimeScaleUnlessAnOptionNamesThem() throws IOException {
        Files.writeString(dir.resolve("fix.yaml"), "name: fix\nfirmware: pnr5-ipforward\ntime-scale: 0.2\n"
                + "checks:\n  - {name: a, on: esp32, run: 'true'}\n");
        Scenario bug = ScenarioFile.load(Files.writeString(dir.resolve("bug.yaml"),
                "name: bug\nside-by-side: fix\nchecks:\n  - {name: a, on: esp32, run: 'true'}\n"));

        Scenario asFiled = withOptions(bug, "bug");
        Scenario chosen = withOptions(bug, "--profile", "lwip-source", "--full-time", "bug");

        assertThat(asFiled.sideBySide().lab().boards().firmware()).isEqualTo(FirmwareProfile.PNR5_IPFORWARD);
        assertThat(asFiled.sideBySide().lab().timeScale()).isEqualTo(0.2);
        assertThat(asFiled.lab().boards().firmware()).isEqualTo(FirmwareProfile.IDF3_OFFICIAL);
        assertThat(asFiled.sideBySide().lab()).as("the lab it asks for on its own")
                .isEqualTo(withOptions(ScenarioFile.load(dir.resolve("fix.yaml")), "fix").lab());
        assertThat(List.of(chosen.lab(), chosen.sideBySide().lab())).allSatisfy(lab -> {
            assertThat(lab.boards().firmware()).isEqualTo(FirmwareProfile.LWIP_SOURCE);
            assertThat(lab.timeScale()).isEqualTo(1.0);
        });
    }
}
