package dev.esp32ppp.report;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.events.PppWindow;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.events.PppdStart;
import dev.esp32ppp.events.StackReady;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.WindowPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.yaml gives back what the report was drawn from: every result, event, frame octet, console line and point. */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class ResultsFileTest {
    @TempDir
    Path folder;

    /** A lab whose texts YAML could misread if they were written plainly. */
    private static LabRecord awkward() {
        LabRecord lab = ReportWriterTest.lab("routing-spoil");
        List<Event> events = new ArrayList<>(lab.events());
        for (String detail : List.of("null", "yes", "", " leading space", "a: b # c", "two\nlines", "0x1f", "~", "\t")) {
            events.add(Event.of(Duration.ofNanos(9_000_000_123L), "esp32", EventKind.RECIPE_OUTPUT, detail));
        }
        events.add(new Event(Duration.ofNanos(9_500_000_001L), "saxonsoc", EventKind.FRAME_SENT, "[LCP TermReq id=0x2]",
                new Frame(new byte[] {(byte) 0xc0, 0x21, 0x05, 0x02, 0x00, 0x04}, 0xc021)));
        Map<String, List<String>> consoles = new LinkedHashMap<>(lab.consoles());
        consoles.put("saxonsoc", List.of("true", "\u0007bell", "- a dash", "[1.2] kernel"));
        return new LabRecord(lab.title(), lab.labId(), lab.nodes(), events, consoles, null);
    }

    private static List<ScenarioResult> results() {
        FirmwareProfile idf3 = FirmwareProfile.byId("idf3-official");
        return List.of(
                new ScenarioResult(ReportWriterTest.scenario("routing-spoil"), List.of(CheckResult.pass("NTP ok", "shown"),
                        CheckResult.fail("route", "exit 1: \"no\"\nsecond line")),
                        List.of(awkward(), ReportWriterTest.lab("autostart")), List.of()),
                new ScenarioResult(ReportWriterTest.scenario("timing-window"), List.of(CheckResult.pass("a")),
                        List.of(ReportWriterTest.lab("p1"), ReportWriterTest.lab("p2")),
                        List.of(new WindowPoint(idf3, -0.25, Duration.ofMillis(4500), Duration.ofNanos(7_123_456_789L), null),
                                new WindowPoint(idf3, 1.2, Duration.ofSeconds(12), null, Duration.ofSeconds(10)))));
    }

    @Test
    void theReportFolderHoldsTheResultsAndReadingThemGivesEqualOnes() {
        List<ScenarioResult> written = results();

        ReportWriter.write(written, folder);
        List<ScenarioResult> read = ResultsFile.read(folder);

        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            ScenarioResult w = written.get(i);
            ScenarioResult r = read.get(i);
            assertThat(r.scenario().file()).as("the scenario's file").isEqualTo(w.scenario().file().toAbsolutePath().normalize());
            assertThat(r.scenario().name()).isEqualTo(w.scenario().name());
            assertThat(r.checks()).isEqualTo(w.checks());
            assertThat(r.labs()).isEqualTo(w.labs());
            assertThat(r.window()).isEqualTo(w.window());
        }
    }

    @Test
    void eventsGetTheirTypedDataBackAndFramesTheirOctets() {
        ReportWriter.write(results(), folder);
        LabRecord lab = ResultsFile.read(folder).get(0).labs().get(0);

        assertThat(lab.esp32Stacks()).containsExactly("lwip 2.1.3");
        assertThat(lab.pppdVersions()).containsExactly("2.4.9");
        assertThat(lab.pppdKernels()).containsExactly(PppdKernel.UML);
        assertThat(lab.events()).extracting(Event::data).hasAtLeastOneElementOfType(StackReady.class)
                .hasAtLeastOneElementOfType(PppWindow.class).hasAtLeastOneElementOfType(PppdStart.class);
        assertThat(lab.events().get(lab.events().size() - 1).frame().content())
                .containsExactly(0xc0, 0x21, 0x05, 0x02, 0x00, 0x04);
    }

    @Test
    void aFolderWithoutResultsOrNoFolderIsRefusedSayingWhatItLacks() throws IOException {
        Files.writeString(folder.resolve("index.html"), "<html></html>");

        assertThatThrownBy(() -> ResultsFile.read(folder)).isInstanceOf(LabException.class)
                .hasMessage(folder + " is not a report folder: it has no results.yaml (./harness run writes one beside "
                        + "index.html)");
        assertThatThrownBy(() -> ResultsFile.read(folder.resolve("gone"))).isInstanceOf(LabException.class)
                .hasMessage("no folder at " + folder.resolve("gone"));
    }

    @Test
    void aRecordOfAnotherFormatIsRefused() throws IOException {
        Files.writeString(folder.resolve(ResultsFile.NAME), "format: 2\nscenarios: []\n");

        assertThatThrownBy(() -> ResultsFile.read(folder)).isInstanceOf(LabException.class)
                .hasMessageContaining("was written by another harness version (results format 2; this one reads 1)");
    }
}
