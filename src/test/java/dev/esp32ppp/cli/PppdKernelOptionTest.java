package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.HostPpp;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.TestHosts;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Which mode a lab's pppd runs in, from the scenario file, {@code --pppd-kernel} and the host:
 * user-mode Linux unless the file or the option says native (the option winning), whatever the
 * host has; native on a host without /dev/ppp is refused before any lab starts.
 */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class PppdKernelOptionTest {
    private static final String CHECKS = "checks:\n  - {name: a, on: router, run: 'true'}\n";

    @TempDir
    Path dir;
    private TestHosts hosts;

    @BeforeEach
    void hosts() {
        hosts = new TestHosts(dir);
    }

    private Scenario scenario(String name, String lines) throws IOException {
        return ScenarioFile.load(Files.writeString(dir.resolve(name + ".yaml"), "name: " + name + "\n" + lines + CHECKS));
    }

    private static LabOptions options(HostPpp host, PppdKernel option) {
        LabOptions options = new LabOptions();
        options.host = host;
        options.pppdKernel = option;
        return options;
    }

    private static PppdKernel kernelOf(LabOptions options, Scenario scenario) {
        return options.applyTo(List.of(scenario)).get(0).lab().pppdKernel();
    }

    @Test
    void userModeLinuxWithoutAWordEvenOnAHostWithPpp() throws IOException {
        assertThat(kernelOf(options(hosts.withPpp(), null), scenario("plain", ""))).isEqualTo(PppdKernel.UML);
    }

    @Test
    void nativeWhenTheFileOrTheOptionSaysSoOnAHostWithPpp() throws IOException {
        HostPpp host = hosts.withPpp();
        assertThat(kernelOf(options(host, null), scenario("file", "pppd-kernel: native\n"))).isEqualTo(PppdKernel.NATIVE);
        assertThat(kernelOf(options(host, PppdKernel.NATIVE), scenario("plain", ""))).isEqualTo(PppdKernel.NATIVE);
    }

    @Test
    void theOptionOverridesTheFile() throws IOException {
        assertThat(kernelOf(options(hosts.withoutPpp(), PppdKernel.UML), scenario("file", "pppd-kernel: native\n")))
                .as("--pppd-kernel uml needs no /dev/ppp").isEqualTo(PppdKernel.UML);
    }

    @Test
    void nativeOnAHostWithoutPppIsRefusedWhereverItIsAsked() throws IOException {
        Scenario plain = scenario("plain", "");
        assertThatThrownBy(() -> options(hosts.withoutPpp(), PppdKernel.NATIVE).applyTo(List.of(plain)))
                .isInstanceOf(LabException.class).hasMessageStartingWith("pppd kernel native needs the host kernel's PPP");
        Scenario fileNative = scenario("file", "pppd-kernel: native\n");
        assertThatThrownBy(() -> options(hosts.withoutPpp(), null).applyTo(List.of(plain, fileNative)))
                .as("refused before the first scenario's lab starts").isInstanceOf(LabException.class);
        scenario("beside", "pppd-kernel: native\n");
        Scenario showingIt = scenario("showing", "side-by-side: beside\n");
        assertThatThrownBy(() -> options(hosts.withoutPpp(), null).applyTo(List.of(showingIt)))
                .as("the scenario shown beside").isInstanceOf(LabException.class);
    }

    @Test
    void runWithNativeOnAHostWithoutPppIsOneLineAndExitTwo() {
        CommandLine cli = HarnessCli.commandLine();
        ((RunCommand) cli.getSubcommands().get("run").getCommand()).options.host = hosts.withoutPpp();
        StringWriter err = new StringWriter();

        int exit = cli.setErr(new PrintWriter(err, true)).execute("run", "--pppd-kernel", "native", "autostart");

        assertThat(exit).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.toString()).hasLineCount(1).startsWith("harness: pppd kernel native needs the host kernel's PPP, "
                + "and this host has no " + dir.resolve("no-ppp") + "; load it (modprobe ppp_async)");
    }
}
