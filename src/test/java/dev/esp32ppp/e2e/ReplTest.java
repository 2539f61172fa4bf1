package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.CableSpec;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.serial.HostPty;
import dev.esp32ppp.serial.Repl;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ESP32's REPL on UART0, driven through jSerialComm on a pty as on a real /dev/ttyUSB0. */
@Tag("e2e")
class ReplTest {
    private static final Duration ANSWER = Duration.ofSeconds(10);
    @TempDir
    static Path ports;
    private static Lab lab;
    private static Repl repl;

    @BeforeAll
    static void boardAtThePrompt() throws IOException {
        BoardSetup idle = BoardSetup.of(FirmwareProfile.PNR5_IPFORWARD)
                .withMain(ProjectHome.fixtures().resolve("esp32/main-idle.py"));
        lab = Lab.start(new LabConfig(Topologies.esp32Alone(idle), 1, LabConfig.defaultRunsFolder()));
        lab.events().await("esp32", EventKind.MAIN_DONE, Duration.ofSeconds(60));
        HostPty ttyUsb0 = HostPty.open("ttyUSB0", ports.resolve("ttyUSB0"));
        lab.cable("esp32", "uart0").plug(ttyUsb0);
        repl = Repl.open(ttyUsb0.path().toString(), 115200);
        repl.interrupt(ANSWER);
    }

    @AfterAll
    static void tearDown() {
        if (repl != null) {
            repl.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void importPpptunPrintsItsUsageAndStartingItConnectsPpp() throws IOException {
        assertThat(repl.enter("import ppptun", ANSWER)).contains("usage: p=ppptun.ppptun()");
        assertThat(repl.enter("p=ppptun.ppptun()", ANSWER)).isEmpty();
        lab.events().await("esp32", EventKind.PPP_CONNECT, ANSWER);
        assertThat(repl.exec("print(p.ppp.active(), p.ppp.status())", ANSWER)).isEqualTo("True None\r\n");
        assertThatThrownBy(() -> repl.exec("p.ppp.connect()", ANSWER)).hasMessageContaining("EALREADY");
    }

    @Test
    void theRawReplRunsCodeAndReturnsItsOutput() throws IOException {
        assertThat(repl.exec("for i in range(3):\n    print(i * i)", ANSWER)).isEqualTo("0\r\n1\r\n4\r\n");
        assertThatThrownBy(() -> repl.exec("1/0", ANSWER)).hasMessageContaining("ZeroDivisionError");
        assertThat(repl.enter("6*7", ANSWER)).isEqualTo("42\r\n");
    }
}
