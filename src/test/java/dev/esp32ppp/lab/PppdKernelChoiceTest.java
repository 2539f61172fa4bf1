package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.esp32ppp.events.PppdKernel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab's Linux nodes run pppd in user-mode Linux unless it asks for native mode, whatever the
 * host has; native mode needs the host's /dev/ppp, and a host without one refuses it in one line.
 */
@Tag("unit")
class PppdKernelChoiceTest {
    @TempDir
    Path dev;
    private TestHosts hosts;

    @BeforeEach
    void hosts() {
        hosts = new TestHosts(dev);
    }

    @Test
    void aLabRunsUserModeLinuxUnlessItAsksForNative() {
        assertThat(new LabConfig(Topologies.linuxAlone(), 0.1, LabConfig.defaultRunsFolder()).pppdKernel())
                .isEqualTo(PppdKernel.UML);
    }

    @Test
    void nativeModeOnAHostWithoutPppSaysWhatIsMissingAndWhatToDo() throws IOException {
        assertThatThrownBy(() -> hosts.withoutPpp().check(PppdKernel.NATIVE)).isInstanceOf(LabException.class)
                .hasMessage("pppd kernel native needs the host kernel's PPP, and this host has no " + dev.resolve("no-ppp")
                        + "; load it (modprobe ppp_async) or leave the pppd kernel at uml, the default");
        assertThatNoException().isThrownBy(() -> hosts.withoutPpp().check(PppdKernel.UML));
        assertThatNoException().isThrownBy(() -> hosts.withPpp().check(PppdKernel.NATIVE));
    }

    @Test
    void theHostHasPppWhereItsDeviceIs() throws IOException {
        assertThat(hosts.withoutPpp().present()).isFalse();
        assertThat(hosts.withPpp().present()).isTrue();
    }

    @Test
    void aLinuxNodeBootsInTheLabsModeAndOnlyUserModeLinuxGetsItsExecutableShm() {
        NodeContainer uml = new NodeContainer("esp32ppp/saxonsoc:test", pid -> { });
        NodeRole.SAXONSOC.prepare(uml, PppdKernel.UML);
        assertThat(uml.getEnvMap()).containsEntry(PppdKernel.VARIABLE, "uml");
        assertThat(uml.getTmpFsMapping()).containsKey("/dev/shm");

        NodeContainer nativeNode = new NodeContainer("esp32ppp/saxonsoc:test", pid -> { });
        NodeRole.SAXONSOC.prepare(nativeNode, PppdKernel.NATIVE);
        assertThat(nativeNode.getEnvMap()).containsEntry(PppdKernel.VARIABLE, "native");
        assertThat(nativeNode.getTmpFsMapping()).isNullOrEmpty();
    }
}
