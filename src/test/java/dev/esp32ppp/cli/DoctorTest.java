package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.EngineHost;
import dev.esp32ppp.lab.HostPpp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real CLI in its own JVM, pointed at a Docker socket where no engine is; and its note on native mode. */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class DoctorTest {
    @TempDir
    Path nowhere;

    @Test
    void withoutADockerEngineDoctorSaysSoWithTheFixAndExitsNonZero() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HarnessCli.class.getName(), "doctor")
                .redirectErrorStream(true);
        builder.environment().put("DOCKER_HOST", "unix://" + nowhere.resolve("docker.sock"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).containsPattern("missing +Docker engine +-> fix: run ./ci/bootstrap-host.sh");
        assertThat(output).doesNotContain("image esp32ppp/");
        assertThat(output).containsPattern("(ok|missing) +Docker engine on this machine \\(wires the labs' links\\)")
                .containsPattern("(ok|missing) +root \\(wires the labs' links\\)")
                .containsPattern("(ok|missing) +ip\\b").containsPattern("(ok|missing) +nsenter\\b");
        assertThat(output).as("native mode is a note, whatever the host has")
                .contains("note     " + DoctorCommand.nativeMode(HostPpp.ofThisHost()));
    }

    @Test
    void doctorSaysWhetherTheHostCouldRunPppdNativelyAndThatTheSuiteDoesNot() throws IOException {
        Path device = nowhere.resolve("ppp");
        assertThat(DoctorCommand.nativeMode(new HostPpp(device))).isEqualTo("pppd kernel native (--pppd-kernel native): "
                + "not possible here (no " + device + "; modprobe ppp_async gives one); not covered by the test suite, "
                + "which runs user-mode Linux, the default");
        Files.createFile(device);
        assertThat(DoctorCommand.nativeMode(new HostPpp(device))).isEqualTo("pppd kernel native (--pppd-kernel native): "
                + "possible here (" + device + " exists); not covered by the test suite, which runs user-mode Linux, "
                + "the default");
    }

    @Test
    void doctorSaysPlainlyThatAnEngineOnAnotherMachineCannotHaveItsLabsLinksWiredFromHere() {
        DoctorCommand.Check remote = DoctorCommand.linkWiring(new EngineHost("tcp://build-box.example:2376")).get(0);
        assertThat(remote.ok()).isFalse();
        assertThat(remote.fix()).startsWith("DOCKER_HOST=tcp://build-box.example:2376 is an engine on another machine")
                .contains("links are wired there with ip and nsenter").endsWith("run the harness there");
        assertThat(DoctorCommand.linkWiring(new EngineHost("unix:///var/run/docker.sock")).get(0).ok()).isTrue();
    }
}
