package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.serial.HostPty;
import dev.esp32ppp.serial.Repl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * upip on the board, as the field notes use it: in the autostart lab, once main.py has joined the
 * WiFi, {@code upip.install} at the REPL asks the package index that the router's DNS puts on the
 * internet node (HTTPS, a certificate it does not check) and installs into the flash's lib; a
 * scenario's {@code package-index} pin serves the index as it was before the later releases.
 */
@Tag("e2e")
class UpipTest {
    private static final Duration INSTALL = Duration.ofSeconds(60);
    private static final String PACKAGES = "internet/packages/";
    @TempDir
    Path folder;

    /** The autostart lab of a scenario file that pins the index or not, the board at its prompt. */
    private Lab autostart(String packageIndex) throws IOException {
        Path file = Files.writeString(folder.resolve("upip.yaml"), "name: upip\n" + packageIndex
                + "checks:\n  - {name: prompt, on: esp32, console: true}\n");
        Lab lab = Lab.start(ScenarioFile.load(file).lab().config(LabConfig.defaultRunsFolder()));
        lab.events().await("esp32", EventKind.WIFI_UP, Duration.ofSeconds(120));
        lab.events().await("esp32", EventKind.MAIN_DONE, Duration.ofSeconds(60));
        return lab;
    }

    private Repl repl(Lab lab) throws IOException {
        HostPty ttyUsb0 = HostPty.open("ttyUSB0", folder.resolve("ttyUSB0"));
        lab.cable("esp32", "uart0").plug(ttyUsb0);
        Repl repl = Repl.open(ttyUsb0.path().toString(), 115200);
        repl.interrupt(Duration.ofSeconds(10));
        return repl;
    }

    private static String fixture(String path) throws IOException {
        return Files.readString(ProjectHome.fixtures().resolve(PACKAGES + path));
    }

    @Test
    void installsTheNewestReleaseIntoTheFlashsLibAndAnUnknownNameIsUpipsError() throws IOException {
        try (Lab lab = autostart(""); Repl repl = repl(lab)) {
            String printed = repl.enter("import upip; upip.install('micropython-socks')", INSTALL);
            assertThat(printed).isEqualTo("Installing to: /lib/\r\n"
                    + "Warning: micropython.org SSL certificate is not validated\r\n"
                    + "Installing micropython-socks 0.2 from "
                    + "https://micropython.org/pi/micropython-socks/micropython-socks-0.2.tar.gz\r\n");
            assertThat(lab.node("esp32").exec("cat", "/flash/lib/socks.py").output())
                    .isEqualTo(fixture("micropython-socks-0.2/socks.py"));

            String refused = repl.enter("upip.install('no-such-package')", INSTALL);
            assertThat(refused).isEqualTo("Installing to: /lib/\r\nError installing 'no-such-package': "
                    + "Package not found, packages may be partially installed\r\n");
            assertThat(lab.node("esp32").exec("ls", "/flash/lib").output()).as("nothing more written")
                    .isEqualTo("socks.py\n");
        }
    }

    @Test
    void aPinnedIndexInstallsTheReleaseItEndsAt() throws IOException {
        try (Lab lab = autostart("package-index: {micropython-socks: \"0.1\"}\n"); Repl repl = repl(lab)) {
            assertThat(repl.enter("import upip; upip.install('micropython-socks')", INSTALL))
                    .contains("Installing micropython-socks 0.1 from "
                            + "https://micropython.org/pi/micropython-socks/micropython-socks-0.1.tar.gz\r\n");
            assertThat(lab.node("esp32").exec("cat", "/flash/lib/socks.py").output())
                    .isEqualTo(fixture("micropython-socks-0.1/socks.py"));
        }
    }
}
