package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.NodeRole;
import dev.esp32ppp.lab.ProjectHome;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import com.github.dockerjava.api.DockerClient;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * The board shims' own tests (src/test/micropython), run by the real MicroPython of the esp32
 * image, with no network but loopback: parsers, malformed input, servers that keep serving.
 */
@Tag("e2e")
class BoardShimsUnderMicroPythonTest {
    /** Started means finished, whatever the exit code: the log says what passed. */
    private static final class RanToTheEnd extends StartupCheckStrategy {
        RanToTheEnd() {
            withTimeout(Duration.ofSeconds(60));
        }

        @Override
        public StartupStatus checkStartupState(DockerClient docker, String containerId) {
            return getCurrentState(docker, containerId).getRunning() ? StartupStatus.NOT_YET_KNOWN
                    : StartupStatus.SUCCESSFUL;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test_socks.py", "test_uftpd.py", "test_ntptime.py", "test_network.py",
            "test_esp32_api.py", "test_upip.py", "test_machine.py", "test_webrepl.py", "test_flash_paths.py",
            "test_repl.py", "test_dupterm.py", "test_interrupt.py",
            "test_drivers.py"})
    void shimTestsPass(String script) {
        try (GenericContainer<?> micropython = new GenericContainer<>(
                DockerImageName.parse(ImageCatalog.ofProject().image(NodeRole.ESP32)))
                .withImagePullPolicy(name -> false)
                .withNetworkMode("none")
                .withFileSystemBind(ProjectHome.path().resolve("src/main/micropython").toString(), "/opt/board",
                        BindMode.READ_ONLY)
                .withFileSystemBind(ProjectHome.path().resolve("src/test/micropython").toString(), "/tests",
                        BindMode.READ_ONLY)
                .withEnv("MICROPYPATH", "/tests:/opt/board/lib")
                .withCommand("sh", "-c", "mkdir -p /flash && cd /tests && micropython " + script)
                .withStartupCheckStrategy(new RanToTheEnd())) {
            micropython.start();
            String log = micropython.getLogs();
            assertThat(log).as(log).contains("RESULT").contains(" 0 failed").doesNotContain("FAIL ");
        }
    }
}
