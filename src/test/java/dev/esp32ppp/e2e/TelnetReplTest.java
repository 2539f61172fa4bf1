package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.ExecResult;
import dev.esp32ppp.lab.ProjectHome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A REPL over TCP written as ESP32 code does it (a socket callback attaches the client with
 * os.dupterm and gives the client's socket os.dupterm_notify as its callback) on a real board: a
 * client on the WiFi types at the board's REPL and the answer comes back to it.
 */
@Tag("e2e")
class TelnetReplTest {
    private static final Path FILES = ProjectHome.path().resolve("src/test/resources/telnet");
    private static final String BOARD = "192.168.28.118";

    @Test
    void aClientOnTheWifiRunsCodeAtTheBoardsReplThroughDuptermNotify() {
        try (Esp32PppLab lab = Esp32PppLab.autostart().withFlashAdditions(FILES.resolve("flash")).start()) {
            lab.esp32().awaitConsole("telnet REPL on port 23", Duration.ofSeconds(120));
            assertThat(lab.esp32().installFile(FILES.resolve("client.py"), "/tmp/telnet-client.py").ok()).isTrue();

            ExecResult session = lab.esp32().exec("micropython /tmp/telnet-client.py " + BOARD
                    + " 23 'print(6 * 7)' 42", Duration.ofSeconds(60));

            assertThat(session.output()).as(session.output()).contains("print(6 * 7)\r\n42\r\n");
            lab.esp32().awaitConsole("telnet connection from: ('" + BOARD + "'", Duration.ofSeconds(10));
        }
    }
}
