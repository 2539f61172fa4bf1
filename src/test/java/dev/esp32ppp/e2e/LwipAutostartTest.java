package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The autostart scenario with real lwIP as the ESP32's stack (esp32-lwip, built from Debian's
 * lwip source package): every check passes, and the transcript shows what lwIP with
 * MicroPython v1.13's usepeerdns asks pppd for, as the field notes have it: IPCP ids 0x1 (with
 * the name servers, rejected), 0x2 (address 0.0.0.0, Nak'd) and 0x3 (the address pppd gave).
 */
@Tag("e2e")
class LwipAutostartTest {
    private static final Pattern FRAME = Pattern.compile("^\\s*[0-9.]+\\s+(\\S+)\\s+sent\\s+(\\[.*])$");
    private static ScenarioResult result;
    private static List<String> transcript;

    @BeforeAll
    static void runAutostartOnLwip() throws IOException {
        result = new ScenarioRunner(LabConfig.defaultRunsFolder(), new PlainProgress(System.out))
                .run(ScenarioFile.load(ScenarioFile.folder().resolve("autostart.yaml")).onStack(Esp32Stack.LWIP));
        transcript = Files.readAllLines(result.runFolder().resolve("transcript.txt")).stream()
                .map(FRAME::matcher).filter(Matcher::matches).map(m -> m.group(1) + " " + m.group(2)).toList();
    }

    @Test
    void lwipRanAndEveryCheckPasses() {
        LabRecord lab = result.labs().get(0);
        assertThat(lab.of("esp32", EventKind.MODEL_READY)).extracting(Event::detail).singleElement().asString()
                .contains("stack=lwip");
        assertThat(result.checks()).as("checks (run files in %s)", result.runFolder()).hasSize(3)
                .allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.reason()).isTrue());
        assertThat(lab.of("esp32", EventKind.PPP_UP)).extracting(Event::detail).containsExactly("local=10.0.5.1 peer=10.0.5.2");
    }

    @Test
    void lcpAsksWhatLwipAsks() {
        assertThat(transcript).filteredOn(line -> line.startsWith("esp32 [LCP ConfReq")).isNotEmpty()
                .allMatch(line -> line.matches("esp32 \\[LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x[0-9a-f]+> <pcomp> <accomp>]"));
    }

    @Test
    void ipcpAsksForTheNameServersFirstThenTakesTheAddressPppdGives() {
        assertThat(transcript).filteredOn(line -> line.contains(" [IPCP ")).containsSubsequence(
                "esp32 [IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
                "saxonsoc [IPCP ConfRej id=0x1 <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
                "esp32 [IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 0.0.0.0>]",
                "saxonsoc [IPCP ConfNak id=0x2 <addr 10.0.5.1>]",
                "esp32 [IPCP ConfReq id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]",
                "saxonsoc [IPCP ConfAck id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]");
        assertThat(transcript).filteredOn(line -> line.startsWith("esp32 [IPCP ConfReq")).first()
                .isEqualTo("esp32 [IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]");
    }

    @Test
    void tcpCrossesTheLinkVanJacobsonCompressedBothWays() {
        assertThat(transcript).anyMatch(line -> line.startsWith("esp32 [VJ-comp"))
                .anyMatch(line -> line.startsWith("saxonsoc [VJ-comp"));
    }
}
