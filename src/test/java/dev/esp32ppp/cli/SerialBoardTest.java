package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.serial.HostPty;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harness run --serial DEVICE passthru} against a pty standing in for the ULX3S's
 * /dev/ttyUSB0: behind it the lab's ESP32 (real MicroPython, the PPP model) with its DIP switch,
 * which this test flips as the person would once ppptun has started.
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class SerialBoardTest {
    @TempDir
    Path ports;

    @Test
    void drivesTheBoardsReplAndSniffsItsPppAfterTheFlip() throws Exception {
        try (Lab lab = Lab.start(new LabConfig(Topologies.passthru(BoardSetup.of(FirmwareProfile.byId("pnr5-ipforward"))), 1,
                LabConfig.defaultRunsFolder()))) {
            lab.events().await("esp32", EventKind.MAIN_DONE, Duration.ofSeconds(60));
            HostPty ttyUsb0 = HostPty.open("ttyUSB0", ports.resolve("ttyUSB0"));
            lab.passthru().terminal(ttyUsb0);
            // the person: SW1 to OFF once the board's PPP has started
            CompletableFuture<Void> person = CompletableFuture.runAsync(() -> {
                lab.events().await("esp32", EventKind.PPP_CONNECT, Duration.ofSeconds(60));
                lab.passthru().sw1(false);
            });

            int exit = HarnessCli.commandLine().execute("run", "--serial", ttyUsb0.path().toString(), "passthru");

            person.join();
            assertThat(exit).as("run --serial's exit code; the run's report is in target/harness-report/latest").isZero();
            assertThat(lab.events().of("esp32", EventKind.PPP_CONNECT)).as("the REPL steps reached the real MicroPython").hasSize(1);
            String report = Files.readString(ReportFolder.root().resolve("latest/index.html"));
            assertThat(report).contains("data-node=\"board\"", "class=\"frame lcp\"", "passthru on " + ttyUsb0.path());
            ttyUsb0.close();
        }
    }

    @Test
    void aPortThatIsNotThereIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int exit = HarnessCli.commandLine().setErr(new PrintWriter(err, true))
                .execute("run", "--serial", ports.resolve("ttyUSB9").toString(), "passthru");

        assertThat(exit).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.toString()).startsWith("harness: no serial port at ").contains("plug the board in").hasLineCount(1);
    }
}
