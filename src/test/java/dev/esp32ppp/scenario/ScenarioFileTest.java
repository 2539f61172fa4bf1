package dev.esp32ppp.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario files are checked before any container starts; errors say file, line and what. */
@Tag("unit")
class ScenarioFileTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("bad.yaml"), yaml);
    }

    static Stream<Path> projectScenarios() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("projectScenarios")
    void everyScenarioOfTheProjectLoads(Path file) {
        Scenario scenario = ScenarioFile.load(file);
        assertThat(file.getFileName().toString()).isEqualTo(scenario.name() + ".yaml");
        assertThat(!scenario.checks().isEmpty() || scenario.sweep() != null).as("checks or a sweep").isTrue();
    }

    @Test
    void aLineOutOfRange() throws IOException {
        Path slow = write("name: x\nline:\n  baud: 300\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(slow)).hasMessage(slow + ":3: baud must be between 9600 and 921600, was 300");
        Path noisy = write("name: x\nline:\n  bit-error-rate: 0.5\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(noisy)).hasMessageContaining(":3: bit-error rate must be in");
    }

    @Test
    void aSweepNamesFirmwaresAndOffsets() throws IOException {
        Scenario scenario = ScenarioFile.load(write("name: x\nsweep:\n  firmwares: idf3-official, lwip-source\n"
                + "  offsets: -0.5, 1.5\n"));
        assertThat(scenario.sweep().firmwares()).containsExactly(FirmwareProfile.IDF3_OFFICIAL, FirmwareProfile.LWIP_SOURCE);
        assertThat(scenario.sweep().offsets()).containsExactly(-0.5, 1.5);
        Path bad = write("name: x\nsweep:\n  firmwares: idf3-official\n  offsets: soon\n");
        assertThatThrownBy(() -> ScenarioFile.load(bad)).hasMessageStartingWith(bad + ":4: offsets are fractions");
    }

    @Test
    void aGoodFileGivesTheScenario() throws IOException {
        Scenario scenario = ScenarioFile.load(write("""
                name: x
                firmware: pnr5-ipforward
                recipes:
                  - on: saxonsoc
                    file: linux-default-route.sh
                checks:
                  - name: ppp0
                    on: saxonsoc
                    run: ifconfig ppp0
                    expect: 10.0.5.2
                """));
        assertThat(scenario.firmware()).isEqualTo(FirmwareProfile.PNR5_IPFORWARD);
        assertThat(scenario.timeScale()).isEqualTo(0.1);
        assertThat(scenario.recipes()).singleElement().extracting(Scenario.Recipe::node).isEqualTo("saxonsoc");
    }

    @Test
    void anUnknownNode() throws IOException {
        Path file = write("name: x\nchecks:\n  - name: a\n    on: toaster\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":4: unknown node 'toaster'; this lab has esp32, internet, router, saxonsoc");
    }

    @Test
    void aBadAddress() throws IOException {
        Path file = write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n    run: ping -c 1 10.0.5.300\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).hasMessageStartingWith(file + ":5: bad address '10.0.5.300'");
        Path outside = write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n    run: curl http://8.8.8.8/\n");
        assertThatThrownBy(() -> ScenarioFile.load(outside)).hasMessageContaining(":5: bad address '8.8.8.8': not in the lab");
    }

    @Test
    void anUnknownRecipe() throws IOException {
        Path file = write("name: x\nrecipes:\n  - on: router\n    file: nat.sh\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file))
                .hasMessage(file + ":4: unknown recipe 'nat.sh': no such file in fixtures/recipes");
    }

    @Test
    void aMissingField() throws IOException {
        Path file = write("description: no name\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).hasMessage(file + ":1: missing field 'name'");
        Path noChecks = write("name: x\n");
        assertThatThrownBy(() -> ScenarioFile.load(noChecks)).hasMessageContaining(":1: missing field 'checks'");
    }

    @Test
    void anUnknownFieldABadProfileAndBrokenYaml() throws IOException {
        Path typo = write("name: x\nfirmwear: idf3-official\nchecks: []\n");
        assertThatThrownBy(() -> ScenarioFile.load(typo)).hasMessageStartingWith(typo + ":2: unknown field 'firmwear'");
        Path profile = write("name: x\nfirmware: idf4\nchecks: []\n");
        assertThatThrownBy(() -> ScenarioFile.load(profile)).hasMessageStartingWith(profile + ":2: unknown firmware profile 'idf4'");
        Path broken = write("name: x\nchecks: [\n");
        assertThatThrownBy(() -> ScenarioFile.load(broken)).hasMessageContaining("not valid YAML");
    }
}
