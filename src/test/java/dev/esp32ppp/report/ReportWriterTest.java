package dev.esp32ppp.report;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.WindowPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The report's page and JUnit XML from a made-up run: what a person and a CI system read in them. */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class ReportWriterTest {
    @TempDir
    Path folder;

    private static Event at(double seconds, String node, EventKind kind, String detail) {
        return Event.of(Duration.ofMillis((long) (seconds * 1000)), node, kind, detail);
    }

    private static Event frame(double seconds, String node, EventKind kind, String detail, Frame frame) {
        return new Event(Duration.ofMillis((long) (seconds * 1000)), node, kind, detail, frame);
    }

    static LabRecord lab(String title) {
        List<Event> events = List.of(
                at(0.1, "esp32", EventKind.POWER_ON, "image"),
                at(0.15, "esp32", EventKind.MODEL_READY, "profile=idf3-official stack=lwip lwip=2.1.3"),
                at(0.2, "saxonsoc", EventKind.POWER_ON, "image"),
                at(0.25, "saxonsoc", EventKind.KERNEL_UP, "uml"),
                at(0.3, "harness", EventKind.DIP_SWITCH, "SW1=ON"),
                at(0.35, "cable", EventKind.ANCHOR, "unplugged 0.05 s for 1 s, counted from saxonsoc ppp0-up at 0.35 s"),
                at(0.4, "cable", EventKind.UNPLUGGED, "pulled out for 1 s"),
                at(1.4, "cable", EventKind.REPLUGGED, "plugged back in"),
                at(1.0, "esp32", EventKind.MICROPYTHON_START, ""),
                at(5.0, "esp32", EventKind.PPP_ACTIVE, "profile=idf3-official window=10000ms"),
                at(5.05, "saxonsoc", EventKind.PPPD_START, "version=2.4.9 pid=812"),
                at(5.1, "esp32", EventKind.ROUTING_TABLE, "before: default via 192.168.28.254 dev wlan0"),
                at(5.1, "esp32", EventKind.ROUTE, "default dev ppp0"),
                at(5.1, "esp32", EventKind.PPP_CONNECT, ""),
                frame(5.2, "esp32", EventKind.FRAME_SENT, "[LCP ConfReq id=0x1 <asyncmap 0x0>]",
                        new Frame(new byte[] {1}, ControlProtocol.LCP.number())),
                frame(7.3, "saxonsoc", EventKind.FRAME_SENT, "[IPCP ConfReq id=0x1 <addr 10.0.5.2>]",
                        new Frame(new byte[] {1}, ControlProtocol.IPCP.number())),
                frame(7.35, "esp32", EventKind.FRAME_BAD, "[bad FCS, 1 octets: 21]", new Frame(new byte[] {0x21}, 0)),
                at(7.5, "esp32", EventKind.PPP_UP, "local=10.0.5.1 peer=10.0.5.2"),
                at(8.0, "saxonsoc", EventKind.CHECK_PASS, "ppp0 is up"),
                at(8.5, "esp32", EventKind.CHECK_FAIL, "the default route ends on wlan0: <it did not>"));
        return new LabRecord(title, "abc123", List.of("esp32", "saxonsoc"), events,
                Map.of("esp32", List.of("MicroPython v1.25 \u001b[0m", "<script>alert(1)</script>")), Path.of("/runs/x"));
    }

    static Scenario scenario(String name) {
        return ScenarioFile.load(ProjectHome.fixtures().resolve("scenarios/" + name + ".yaml"));
    }

    @Test
    void aFailedCheckIsMarkedInTheTimelineAndListedWithItsReason() throws Exception {
        ScenarioResult result = new ScenarioResult(scenario("autostart"), List.of(CheckResult.pass("ppp0 is up"),
                CheckResult.fail("the default route ends on wlan0", "it did not")), List.of(lab("autostart")), List.of());

        String html = Files.readString(ReportWriter.write(List.of(result), folder));

        assertThat(count(html, "<g class=\"lane\"")).as("one lane per node").isEqualTo(2);
        assertThat(html).contains("data-node=\"esp32\"", "data-node=\"saxonsoc\"");
        assertThat(count(html, "class=\"check check-fail\"")).isEqualTo(1);
        assertThat(count(html, "class=\"check check-pass\"")).isEqualTo(1);
        assertThat(html).contains("PPP window 10 s", "main.py waits", "class=\"band unplugged\"", "class=\"frame lcp\"", "class=\"frame ipcp\"",
                "it did not", "default via 192.168.28.254 dev wlan0");
        assertThat(html).as("where the unplug's times count from").contains("<g class=\"anchor\"><title>0.350 s "
                + "unplugged 0.05 s for 1 s, counted from saxonsoc ppp0-up at 0.35 s</title>");
        assertThat(html).as("frames per sender, with the bad FCS count")
                .contains("<td>esp32</td><td>2</td><td>1</td>", "<td>saxonsoc</td><td>1</td><td>0</td>");
        assertThat(html).as("a node's log cannot inject markup").doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).as("self-contained: nothing fetched from anywhere")
                .doesNotContainPattern(Pattern.compile("(src|href)=\"(https?:)?//"));
    }

    /** The report of autostart's lab with one passed check. */
    private String autostartReport() throws Exception {
        ScenarioResult result = new ScenarioResult(scenario("autostart"), List.of(CheckResult.pass("ppp0 is up")),
                List.of(lab("autostart")), List.of());
        return Files.readString(ReportWriter.write(List.of(result), folder));
    }

    @Test
    void theReportSaysWhichEsp32StackAndPppdRanInTheHeaderTheSummaryAndTheTimeline() throws Exception {
        String html = autostartReport();

        assertThat(html).contains("pppd kernel: user-mode Linux &middot; ESP32 network stack: lwip 2.1.3 &middot; pppd: 2.4.9</p>",
                "<td>1 / 1</td><td>lwip 2.1.3</td><td>2.4.9</td>",
                "<span class=\"stack\">ESP32 stack: lwip 2.1.3</span></figcaption>");
        assertThat(html).as("the lane of the node that ran pppd says which").containsPattern(
                "data-node=\"saxonsoc\"><rect [^>]*/><text class=\"lane-name\"[^>]*>saxonsoc</text>"
                + "<text class=\"lane-pppd\"[^>]*>pppd 2\\.4\\.9</text>");
        assertThat(html).as("no pppd in the ESP32's lane").doesNotContainPattern(
                "data-node=\"esp32\"><rect [^>]*/><text class=\"lane-name\"[^>]*>esp32</text><text class=\"lane-pppd\"");
    }

    @Test
    void theReportSaysWhichModePppdRanInAsTheNodeToldInTheHeaderItsLaneAndUnderEachTimeline() throws Exception {
        String html = autostartReport();

        assertThat(html).contains("scenarios passed &middot; pppd kernel: user-mode Linux &middot; ESP32 network stack",
                "<span class=\"kernel\">pppd kernel: user-mode Linux</span> <span class=\"stack\">");
        assertThat(html).as("the kernel's marker in saxonsoc's lane")
                .containsPattern("<g class=\"event kernel-up\"><title>0.250 s kernel-up uml</title>.*?>kernel: uml</text>");
    }

    @Test
    void twoLabsSideBySideMarkWhatOnlyOneOfThemHasRandomFieldsAside() throws Exception {
        LabRecord base = lab("pppd-matrix");
        List<Event> events = new ArrayList<>(base.events());
        events.add(frame(7.4, "saxonsoc", EventKind.FRAME_SENT, "[IPV6CP ConfReq id=0x1 <addr fe80::1:2:3:4>]",
                new Frame(new byte[] {1}, ControlProtocol.IPV6CP.number())));
        LabRecord newer = new LabRecord("pppd-matrix-2.5.2", "def456", base.nodes(), events,
                Map.of("saxonsoc", List.of("1.0 pc local2.info pppd[977]: pppd 2.5.2 started by root, uid 0",
                        "1.1 pc local2.debug pppd[977]: sent [LCP ConfReq id=0x1 <magic 0x0badcafe>]")), Path.of("/runs/y"));
        LabRecord older = new LabRecord("pppd-matrix", "abc123", base.nodes(), base.events(),
                Map.of("saxonsoc", List.of("1.0 pc local2.info pppd[12]: pppd 2.4.9 started by root, uid 0",
                        "1.1 pc local2.debug pppd[12]: sent [LCP ConfReq id=0x1 <magic 0x12345678>]")), Path.of("/runs/x"));
        ScenarioResult result = new ScenarioResult(scenario("routing-spoil"), List.of(CheckResult.pass("a")),
                List.of(older, newer), List.of());

        String html = Files.readString(ReportWriter.write(List.of(result), folder));

        assertThat(html).contains("<h3>Only in pppd-matrix (1 lines; marked in its transcript and logs)</h3>"
                + "<pre class=\"differs\">saxonsoc pppd: pppd 2.4.9 started by root, uid 0</pre>");
        assertThat(html).contains("<h3>Only in pppd-matrix-2.5.2 (2 lines; marked in its transcript and logs)</h3>"
                + "<pre class=\"differs\">saxonsoc sent [IPV6CP ConfReq id=0x1 &lt;addr fe80::*&gt;]\n"
                + "saxonsoc pppd: pppd 2.5.2 started by root, uid 0</pre>");
        assertThat(count(html, "<mark class=\"differs\">")).as("the IPV6CP frame and each version line, marked where they are")
                .isEqualTo(3);
    }

    @Test
    void twoLabsOfAScenarioStandSideBySideOnOneTimeScale() throws Exception {
        ScenarioResult result = new ScenarioResult(scenario("routing-spoil"), List.of(CheckResult.pass("a")),
                List.of(lab("routing-spoil"), lab("autostart")), List.of());

        String html = Files.readString(ReportWriter.write(List.of(result), folder));

        assertThat(html).contains("class=\"timelines side-by-side\"");
        assertThat(count(html, "<svg class=\"timeline\"")).isEqualTo(2);
        assertThat(html).as("the fix's own description under its timeline")
                .contains(scenario("autostart").description().strip().split("\\. ")[0]);
    }

    @Test
    void aSweepHasItsWindowMap() throws Exception {
        FirmwareProfile idf3 = FirmwareProfile.byId("idf3-official");
        List<WindowPoint> points = List.of(
                new WindowPoint(idf3, 0.5, Duration.ofSeconds(5), Duration.ofSeconds(7), null),
                new WindowPoint(idf3, 1.2, Duration.ofSeconds(12), null, Duration.ofSeconds(10)));
        ScenarioResult result = new ScenarioResult(scenario("timing-window"), List.of(CheckResult.pass("a")),
                List.of(lab("p1"), lab("p2")), points);

        String html = Files.readString(ReportWriter.write(List.of(result), folder));

        assertThat(html).contains("class=\"window-map\"");
        assertThat(count(html, "class=\"point connected\"")).isEqualTo(1);
        assertThat(count(html, "class=\"point not-connected\"")).isEqualTo(1);
    }

    @Test
    void junitXmlHasASuitePerScenarioAndAFailurePerFailedCheck() throws Exception {
        ScenarioResult result = new ScenarioResult(scenario("autostart"), List.of(CheckResult.pass("ppp0 is up"),
                CheckResult.fail("route & <wlan0>", "exit 1: \"no\"")), List.of(lab("autostart")), List.of());
        ReportWriter.write(List.of(result), folder);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("junit.xml").toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("autostart");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("exit 1: \"no\"");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("route & <wlan0>");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
