package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * pppd's own debug log of a connect to the ESP32 model reads like the field notes'
 * (fixtures/golden/pppd-connect.txt), line for line and in order.
 */
@Tag("e2e")
class Esp32PppdGoldenTest {
    private static final String ANYWHERE = "~ ";
    private static Lab lab;

    @BeforeAll
    static void connect() {
        BoardSetup debugPppd = BoardSetup.of(FirmwareProfile.PNR5_IPFORWARD)
                .withS30ppp(ProjectHome.fixtures().resolve("saxonsoc/S30ppp-debug"));
        lab = Lab.start(new LabConfig(Topologies.autostart(debugPppd), 0.1, LabConfig.defaultRunsFolder()));
        Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
        esp32.command("active 1");
        esp32.command("connect");
        new LinuxGuest(lab.node("saxonsoc")).awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void pppdsDebugLogHasTheFieldNotesLinesInOrder() throws IOException {
        List<String> golden = Files.readAllLines(ProjectHome.fixtures().resolve("golden/pppd-connect.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> pppdLog = new ArrayList<>();
        for (String line : lab.node("saxonsoc").consoleLines()) {
            int at = line.indexOf("]: ");
            if (line.contains("pppd[") && at > 0) {
                pppdLog.add(shape(line.substring(at + 3)));
            }
        }
        String log = String.join("\n", pppdLog);
        int from = 0;
        int last = -1;
        for (String line : golden) {
            if (!line.startsWith(ANYWHERE)) {
                int found = pppdLog.subList(from, pppdLog.size()).indexOf(shape(line));
                assertThat(found).as("'%s' after line %d of pppd's log:%n%s", shape(line), from, log).isNotNegative();
                from += found + 1;
                last = from - 1;
            }
        }
        for (String line : golden) {
            if (line.startsWith(ANYWHERE)) {
                String expected = shape(line.substring(ANYWHERE.length()));
                int found = pppdLog.indexOf(expected);
                assertThat(found).as("'%s' before line %d of pppd's log:%n%s", expected, last, log)
                        .isNotNegative().isLessThan(last);
            }
        }
    }

    /** A line with what may differ from run to run taken out: identifiers, magic, a rejected packet's body. */
    static String shape(String line) {
        return line.strip()
                .replaceAll("id=0x[0-9a-f]+", "id=*")
                .replaceAll("magic 0x[0-9a-f]+", "magic *")
                .replaceAll("(ProtRej id=\\* [0-9a-f]{2} [0-9a-f]{2})( [0-9a-f]{2})*", "$1 ...");
    }
}
