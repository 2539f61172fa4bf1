package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code up}, then from "another terminal" {@code exec}, {@code console} and a second {@code up}
 * that must refuse, then {@code down} and {@code transcript}: a lab kept up for poking, and
 * nothing of it left after down.
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class KeptLabTest {
    private CompletableFuture<Integer> up;

    @AfterEach
    void stopTheLabWhateverHappened() throws Exception {
        if (up != null && !up.isDone()) {
            HarnessCli.commandLine().execute("down");
            up.get(120, TimeUnit.SECONDS);
        }
    }

    @Test
    void upExecConsoleDownAndTheTranscript() throws Exception {
        up = CompletableFuture.supplyAsync(() -> HarnessCli.commandLine().execute("up", "autostart"));
        await("the lab is up").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .failFast("up ended before the lab was up", up::isDone)
                .until(() -> LabSession.current().isPresent());

        StringWriter err = new StringWriter();
        int second = HarnessCli.commandLine().setErr(new PrintWriter(err, true)).execute("up");
        assertThat(second).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.toString()).startsWith("harness: a lab is already up").contains("./harness down")
                .hasLineCount(1);

        assertThat(HarnessCli.commandLine().execute("exec", "saxonsoc", "--", "ifconfig ppp0 | grep -q 'inet addr:10.0.5.2'"))
                .as("exec in the Linux guest, with the command's exit code").isZero();
        assertThat(HarnessCli.commandLine().execute("exec", "esp32", "--", "sh", "-c", "ip route show default | grep -q wlan0"))
                .as("exec in the ESP32's container").isZero();
        assertThat(HarnessCli.commandLine().execute("exec", "router", "--", "false")).isEqualTo(1);
        assertThat(HarnessCli.commandLine().execute("exec", "nobody", "--", "true")).isEqualTo(OneLineErrors.USER_ERROR);

        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ConsoleCommand console = new ConsoleCommand(new ByteArrayInputStream("print(6 * 7)\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(screen, true, StandardCharsets.UTF_8));
        CommandLine consoleCli = new CommandLine(console);
        consoleCli.setExecutionExceptionHandler(new OneLineErrors());
        assertThat(consoleCli.execute("esp32")).isZero();
        assertThat(screen.toString(StandardCharsets.UTF_8)).as("the REPL's answer").contains("42");

        String labId = LabSession.current().orElseThrow().labId();
        assertThat(HarnessCli.commandLine().execute("down")).isZero();
        assertThat(up.get(120, TimeUnit.SECONDS)).as("up's exit code: the checks passed").isZero();
        assertThat(Files.exists(LabSession.file())).isFalse();
        assertThat(DockerEngine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(java.util.Map.of(Lab.LABEL, labId)).exec()).as("containers of lab " + labId).isEmpty();

        StringWriter transcript = new StringWriter();
        assertThat(HarnessCli.commandLine().setOut(new PrintWriter(transcript, true)).execute("transcript")).isZero();
        assertThat(transcript.toString()).contains("[LCP ConfReq", "[IPCP ConfAck");
        assertThat(HarnessCli.commandLine().execute("down")).as("down with no lab up").isEqualTo(OneLineErrors.USER_ERROR);
    }
}
