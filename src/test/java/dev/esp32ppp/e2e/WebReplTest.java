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
 * The WebREPL that the field's boot.py starts ({@code import webrepl; webrepl.start()}, password
 * in webrepl_cfg.py; the harness's flash has both) on a real board: a WebSocket client on the WiFi logs in and what it types
 * runs at the board's REPL, its answer coming back to it, while the console says who connected.
 */
@Tag("e2e")
class WebReplTest {
    private static final Path FILES = ProjectHome.path().resolve("src/test/resources/webrepl");
    private static final String BOARD = "192.168.28.118";

    @Test
    void aClientOnTheWifiLogsInAndRunsCodeAtTheBoardsRepl() {
        try (Esp32PppLab lab = Esp32PppLab.autostart().withFlashAdditions(FILES.resolve("flash")).start()) {
            lab.esp32().awaitConsole("Started webrepl in normal mode", Duration.ofSeconds(60));
            lab.events().await("esp32", "main-done", Duration.ofSeconds(120));
            assertThat(lab.esp32().installFile(FILES.resolve("client.py"), "/tmp/webrepl-client.py").ok()).isTrue();

            ExecResult session = lab.esp32().exec("micropython /tmp/webrepl-client.py " + BOARD
                    + " ulx3s 'print(6 * 7)' 42", Duration.ofSeconds(60));

            assertThat(session.output()).as(session.output())
                    .contains("HTTP/1.1 101 Switching Protocols", "Password: ", "WebREPL connected")
                    .contains("print(6 * 7)\r\n42\r\n");
            lab.esp32().awaitConsole("WebREPL connection from: ('" + BOARD + "'", Duration.ofSeconds(10));
        }
    }
}
