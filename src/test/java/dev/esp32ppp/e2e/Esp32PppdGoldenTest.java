package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final String ANYWHERE = "~ ";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Esp32Stack.class)
    void pppdsDebugLogHasTheFieldNotesLinesInOrder(Esp32Stack stack) throws IOException {
        BoardSetup debugPppd = BoardSetup.of(FirmwareProfile.PNR5_IPFORWARD).withStack(stack)
                .withS30ppp(ProjectHome.fixtures().resolve("saxonsoc/S30ppp-debug"));
        try (Lab lab = Lab.start(new LabConfig(Topologies.autostart(debugPppd), 0.1, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            new LinuxGuest(lab.node("saxonsoc")).awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
            assertInOrder(lab.node("saxonsoc").consoleLines());
        }
    }

    private static void assertInOrder(List<String> console) throws IOException {
        List<String> golden = Files.readAllLines(ProjectHome.fixtures().resolve("golden/pppd-connect.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> pppdLog = new ArrayList<>();
        for (String line : console) {
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

    /**
     * A line with what is random taken out: magic numbers, and the interface identifier of the
     * IPV6CP request in a Protocol-Reject (its last 8 octets, after the option's type and length 01 0a).
     * Identifiers stay: the ESP32's are lwIP's, as the field notes print them.
     */
    static String shape(String line) {
        return line.strip()
                .replaceAll("magic 0x[0-9a-f]+", "magic *")
                .replaceAll("(ProtRej id=0x[0-9a-f]+ 80 57 01 01 00 0e 01 0a)( [0-9a-f]{2}){8}]", "$1 ...]");
    }
}
