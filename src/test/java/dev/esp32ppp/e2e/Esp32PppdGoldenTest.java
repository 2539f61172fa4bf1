package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.steps.GoldenLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pppd's own debug log of a connect to the ESP32 reads like the field notes'
 * (fixtures/golden/pppd-connect.txt), line for line and in order, identifiers too: on real lwIP
 * and on the model alike.
 */
@Tag("e2e")
class Esp32PppdGoldenTest {
    private static final Duration LOG_ARRIVES = Duration.ofSeconds(15);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Esp32Stack.class)
    void pppdsDebugLogHasTheFieldNotesLinesInOrder(Esp32Stack stack) {
        BoardSetup debugPppd = BoardSetup.of(FirmwareProfile.PNR5_IPFORWARD).withStack(stack)
                .withS30ppp(ProjectHome.fixtures().resolve("saxonsoc/S30ppp-debug"));
        try (Lab lab = Lab.start(new LabConfig(Topologies.autostart(debugPppd), 0.1, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            new LinuxGuest(lab.node("saxonsoc")).awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
            // ppp0 has its address a moment before pppd logs it, and on a busy machine the console
            // brings the log later still
            await("pppd's log of the connect").atMost(LOG_ARRIVES)
                    .untilAsserted(() -> assertInOrder(lab.node("saxonsoc").consoleLines()));
        }
    }

    private static void assertInOrder(List<String> console) {
        List<String> pppdLog = GoldenLog.pppdLines(console);
        String mismatch = GoldenLog.load(ProjectHome.fixtures().resolve("golden/pppd-connect.txt")).mismatch(pppdLog);
        assertThat(mismatch).as("pppd's log:%n%s", String.join("\n", pppdLog)).isNull();
    }
}
