package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.cli.HarnessCli;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harness killed in the middle of a run (Ctrl-C, or a TERM from a CI runner) leaves nothing
 * behind: no container (so no link: they go with the containers' namespaces), user-mode Linux,
 * wire folder, or interface in the machine's namespace of ours. Killed outright (KILL), it
 * cannot clean up; the next lab removes what it left.
 */
@Tag("e2e")
@Isolated
class InterruptedRunTest {
    private final DockerClient docker = DockerEngine.client();

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalMidRunLeavesNothingBehind(String signal) throws IOException, InterruptedException {
        killHarnessMidRun(signal);
        assertNothingLeft();
    }

    @Test
    void aLabLeftByAKilledHarnessIsRemovedWhenTheNextLabStarts() throws IOException, InterruptedException {
        killHarnessMidRun("KILL");
        assertThat(ourContainers()).as("a harness killed outright runs no shutdown hook").isPositive();
        try (Lab next = Lab.start(new LabConfig(Topologies.esp32Alone(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)), 1,
                LabConfig.defaultRunsFolder()))) {
            assertThat(next.events().of("harness", EventKind.SWEPT)).hasSize(1);
            assertThat(ourContainers()).as("only the new lab's esp32 and its switch").isEqualTo(2);
        }
        assertNothingLeft();
    }

    @Test
    void ctrlCWithThreeLabsRunningLeavesNothingBehind() throws IOException, InterruptedException {
        killHarnessMidRun("INT", 3, "autostart", "dns", "masquerade", "--jobs", "3");
        assertNothingLeft();
    }

    private void killHarnessMidRun(String signal) throws IOException, InterruptedException {
        killHarnessMidRun(signal, 1, "autostart");
    }

    /** Runs the harness on {@code scenarios} at full time and sends it the signal once {@code labs} labs are up. */
    private void killHarnessMidRun(String signal, int labs, String... scenarios) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dapi.version=1.41", "-Desp32ppp.home=" + ProjectHome.path(),
                "-cp", System.getProperty("java.class.path"), HarnessCli.class.getName(), "run", "--full-time"));
        command.addAll(List.of(scenarios));
        Process harness = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            await("the run's labs are up").atMost(Duration.ofSeconds(90)).until(() -> labsUp() >= labs);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(harness.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(harness.waitFor(60, TimeUnit.SECONDS)).as("the harness ends after SIG" + signal).isTrue();
        } finally {
            harness.destroyForcibly();
        }
    }

    private void assertNothingLeft() throws IOException {
        assertThat(ourContainers()).isZero();
        assertThat(HostLinks.names()).as("the lab's links, named lab<id>-<n>").noneMatch(n -> n.matches("lab\\p{XDigit}{6}-\\d+"));
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(tmp.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("esp32ppp-wire-"));
        }
    }

    /** Labs with their five containers (four nodes and the switch) all there. */
    private long labsUp() {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Lab.LABEL)).exec().stream()
                .collect(Collectors.groupingBy(c -> c.getLabels().get(Lab.LABEL), Collectors.counting()))
                .values().stream().filter(count -> count >= 5).count();
    }

    private int ourContainers() {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Lab.LABEL)).exec().size();
    }
}
