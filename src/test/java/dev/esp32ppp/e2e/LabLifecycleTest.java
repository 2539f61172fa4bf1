package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.lab.CableSpec;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.NodeSpec;
import dev.esp32ppp.lab.Nodes;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.lab.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Test;

/** What a lab leaves behind: its run files, and nothing else. */
@Tag("e2e")
@Isolated
class LabLifecycleTest {
    private final DockerClient docker = DockerEngine.client();

    @Test
    void twoLabsOneAfterTheOtherEachRemoveEverythingTheyMade() {
        for (int run = 0; run < 2; run++) {
            String id;
            Path runFolder;
            try (Lab lab = Lab.start(new LabConfig(Topologies.linuxWithPppdPeer(PppdVersion.DEFAULT), 0.1, LabConfig.defaultRunsFolder()))) {
                id = lab.id();
                runFolder = lab.runFolder();
                assertThat(ours(id)).as("4 nodes and the switch").isEqualTo(4 + 1);
            }
            assertThat(ours(id)).as("containers of lab %s after close", id).isZero();
            assertThat(runFolder.resolve("transcript.txt")).exists();
            assertThat(runFolder.resolve("events.txt")).content().contains("lab-stop");
            assertThat(runFolder.resolve("saxonsoc-console.log")).exists();
        }
        assertThat(leftoverWireFolders()).isEmpty();
    }

    @Test
    void aLabThatFailsToStartLeavesNothingAndSaysWhy() {
        NodeSpec broken = Nodes.linux("saxonsoc", Path.of("fixtures/saxonsoc/no-such-S30ppp"), PppdVersion.DEFAULT);
        Topology topology = new Topology(List.of(Nodes.router(), broken), List.of(CableSpec.unplugged("saxonsoc")));
        LabConfig config = new LabConfig(topology, 0.1, LabConfig.defaultRunsFolder());

        assertThatThrownBy(() -> Lab.start(config)).isInstanceOf(LabException.class)
                .hasMessageContaining("fixture").hasMessageContaining("no-such-S30ppp").hasMessageContaining("does not exist");
        assertThat(docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Lab.LABEL)).exec()).isEmpty();
    }

    @Test
    void aBadTimeScaleIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new LabConfig(Topologies.linuxAlone(), 0, LabConfig.defaultRunsFolder()))
                .isInstanceOf(LabException.class).hasMessageContaining("time scale must be above 0");
    }

    private int ours(String id) {
        String label = Lab.LABEL + "=" + id;
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(label)).exec().size();
    }

    private static List<Path> leftoverWireFolders() {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("esp32ppp-wire-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
