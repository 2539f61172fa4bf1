package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harness run} on a real lab with a check that fails, then its report opened in the
 * distribution's headless Chromium: the page renders, its timeline has one lane per node, the
 * failed check is there to see, and no label prints over another (also in a recorded run's
 * crowded timeline, drawn without a lab).
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class ReportInBrowserTest {
    private static final int FAIL_RED = 0xd0021b;

    @TempDir
    Path shots;

    @Test
    void theReportOfARunWithAFailedCheckRendersInABrowser() throws Exception {
        Path scenario = ProjectHome.path().resolve("src/test/resources/scenarios/one-check-fails.yaml");

        int exit = HarnessCli.commandLine().execute("run", scenario.toString());

        assertThat(exit).as("exit code of a run with a failed check").isEqualTo(1);
        Path index = ReportFolder.root().resolve("latest/index.html").toRealPath();
        assertThat(index.resolveSibling("junit.xml")).exists();
        HeadlessChromium chromium = HeadlessChromium.find();
        String dom = chromium.dom(index);
        assertThat(attribute(dom, "data-rendered-lanes")).as("lanes drawn: router, internet, esp32, saxonsoc")
                .isEqualTo(4);
        assertThat(attribute(dom, "data-rendered-failed-checks")).as("failed-check marks drawn").isEqualTo(1);
        assertThat(attribute(dom, "data-overlapping-labels")).as("labels printed over others: %s",
                text(dom, "data-overlapping-label-pairs")).isZero();

        Path png = shots.resolve("report.png");
        chromium.screenshot(index, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(HeadlessChromium.WIDTH);
        Matcher at = Pattern.compile("data-failed-check-at=\"(\\d+),(\\d+)\"").matcher(dom);
        assertThat(at.find()).as("the page told where the failed mark is").isTrue();
        int x = Integer.parseInt(at.group(1));
        int y = Integer.parseInt(at.group(2));
        assertThat(y).as("the failed mark is on the first screen").isLessThan(image.getHeight());
        assertThat(image.getRGB(x, y) & 0xffffff).as("the screenshot's pixel at the failed mark (%d, %d)", x, y)
                .isEqualTo(FAIL_RED);
    }

    @Test
    void noTwoLabelsOfALanePrintOverEachOther() throws Exception {
        // autostart as a run recorded it (its events.txt, the frames left out): within 0.3 s the
        // esp32 lane has both default routes, connect(), WiFi up, NTP and SOCKS; the lab's two
        // cables are plugged at once; saxonsoc's ppp0 comes up beside the checks' marks
        Path recorded = ProjectHome.path().resolve("src/test/resources/events/autostart.txt");
        LabRecord lab = new LabRecord("autostart", "recorded", List.of("router", "internet", "esp32", "saxonsoc"),
                recordedEvents(recorded), Map.of(), recorded.getParent());
        Scenario autostart = ScenarioFile.load(ProjectHome.fixtures().resolve("scenarios/autostart.yaml"));
        Path index = ReportWriter.write(List.of(new ScenarioResult(autostart, List.of(), List.of(lab), List.of())),
                shots.resolve("report"));

        String dom = HeadlessChromium.find().dom(index);

        assertThat(attribute(dom, "data-rendered-labels")).as("lane names and labels drawn").isGreaterThan(15);
        assertThat(attribute(dom, "data-overlapping-labels")).as("labels printed over others: %s",
                text(dom, "data-overlapping-label-pairs")).isZero();
        assertThat(dom).as("the two cables plugged at once, labelled once").contains(">plugged \u00d72<");
    }

    /** The events of an events.txt ({@link Event#line()}), frames left out: their octets are not in it. */
    private static List<Event> recordedEvents(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] words = line.strip().split("\\s+", 4);
            EventKind kind = EventKind.byId(words[2]);
            if (kind != EventKind.FRAME_SENT && kind != EventKind.FRAME_BAD) {
                events.add(Event.of(Duration.ofNanos(Math.round(Double.parseDouble(words[0]) * 1e9)), words[1], kind,
                        words.length > 3 ? words[3] : ""));
            }
        }
        return events;
    }

    private static String text(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "";
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the page's script set " + name + " on load").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
