package dev.esp32ppp.report;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.WindowPoint;
import dev.esp32ppp.steps.CheckResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The report of a run: a self-contained index.html (no network: style inline, pictures as SVG)
 * with a timeline per lab, the timing-window map, the checks, the ESP32's routing tables, the PPP
 * transcript and each node's log; junit.xml beside it for CI systems; and results.yaml, the
 * results as data, from which {@code ./harness report merge} draws one report of several runs.
 */
public final class ReportWriter {
    private static final int TRANSCRIPT_LINES = 600;
    private static final int CONSOLE_LINES = 400;

    private final StringBuilder html = new StringBuilder();

    private ReportWriter() {
    }

    /** Writes the report of {@code results} into {@code folder}; returns the index.html. */
    public static Path write(List<ScenarioResult> results, Path folder) {
        try {
            Files.createDirectories(folder);
            Path index = folder.resolve("index.html");
            Files.writeString(index, new ReportWriter().page(results));
            JUnitXml.write(results, folder.resolve("junit.xml"));
            ResultsFile.write(results, folder);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + folder, e);
        }
    }

    private String page(List<ScenarioResult> results) {
        long passed = results.stream().filter(ScenarioResult::passed).count();
        List<LabRecord> labs = results.stream().flatMap(r -> r.labs().stream()).toList();
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>esp32ppp-harness report</title><style>").append(resource("report.css"))
                .append("</style></head><body>\n<header><h1>esp32ppp-harness report</h1><p>")
                .append(Html.esc(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))))
                .append(" &middot; ").append(passed).append(" of ").append(results.size())
                .append(" scenarios passed &middot; pppd kernel: ").append(Html.esc(named(labs, ReportWriter::pppdKernels)))
                .append(" &middot; ESP32 network stack: ").append(Html.esc(named(labs, LabRecord::esp32Stacks)))
                .append(" &middot; pppd: ").append(Html.esc(named(labs, LabRecord::pppdVersions))).append("</p>");
        summary(results);
        html.append(resource("legend.html")).append("</header>\n");
        results.forEach(this::scenario);
        html.append("<script>").append(resource("report.js")).append("</script></body></html>\n");
        return html.toString();
    }

    private void summary(List<ScenarioResult> results) {
        html.append("<table class=\"summary\"><tr><th></th><th>scenario</th><th>checks passed</th><th>ESP32 stack</th><th>pppd</th><th>what it shows</th></tr>");
        for (ScenarioResult r : results) {
            long ok = r.checks().stream().filter(CheckResult::passed).count();
            html.append("<tr class=\"").append(r.passed() ? "pass" : "fail").append("\"><td>").append(verdict(r.passed()))
                    .append("</td><td><a href=\"#").append(anchor(r)).append("\">").append(Html.esc(r.scenario().name()))
                    .append("</a></td><td>").append(ok).append(" / ").append(r.checks().size()).append("</td><td>")
                    .append(Html.esc(named(r.labs(), LabRecord::esp32Stacks))).append("</td><td>")
                    .append(Html.esc(named(r.labs(), LabRecord::pppdVersions))).append("</td><td>")
                    .append(Html.esc(firstSentence(r.scenario().description()))).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private void scenario(ScenarioResult r) {
        html.append("<section class=\"scenario ").append(r.passed() ? "pass" : "fail").append("\" id=\"")
                .append(anchor(r)).append("\"><h2>").append(verdict(r.passed())).append(' ')
                .append(Html.esc(r.scenario().name())).append("</h2><p class=\"description\">")
                .append(Html.esc(r.scenario().description())).append("</p>\n");
        if (!r.window().isEmpty()) {
            windowMap(r.window());
            html.append("<details><summary>timeline of each point (").append(r.labs().size())
                    .append(" labs)</summary>");
            timelines(r);
            html.append("</details>");
        } else {
            timelines(r);
        }
        checks(r.checks());
        boolean sideBySide = r.window().isEmpty() && r.labs().size() == 2;
        for (LabRecord lab : r.labs()) {
            SideBySideDifferences differences = sideBySide
                    ? SideBySideDifferences.of(lab, r.labs().get(r.labs().indexOf(lab) == 0 ? 1 : 0)) : null;
            if (differences != null) {
                onlyHere(lab, differences);
            }
            labDetails(lab, r.labs().size() > 1, differences);
        }
        html.append("</section>\n");
    }

    /** All labs of a scenario on one time scale; two labs (the bug and its fix) stand side by side. */
    private void timelines(ScenarioResult r) {
        double seconds = r.labs().stream().mapToDouble(LabRecord::seconds).max().orElse(1);
        html.append("<div class=\"timelines ").append(r.labs().size() == 2 ? "side-by-side" : "stacked").append("\">");
        for (LabRecord lab : r.labs()) {
            html.append("<figure><figcaption><b>").append(Html.esc(lab.title())).append("</b> ")
                    .append(Html.esc(firstSentence(descriptionOf(r.scenario(), lab.title()))))
                    .append(" <span class=\"kernel\">pppd kernel: ")
                    .append(Html.esc(named(List.of(lab), ReportWriter::pppdKernels)))
                    .append("</span> <span class=\"stack\">ESP32 stack: ")
                    .append(Html.esc(named(List.of(lab), LabRecord::esp32Stacks)))
                    .append("</span></figcaption>")
                    .append(TimelineSvg.of(lab, seconds)).append("</figure>");
        }
        html.append("</div>\n");
    }

    /**
     * What ran in these labs by the names {@code ran} gives, e.g. the ESP32 stacks ({@code lwip 2.1.3})
     * or the pppd versions ({@code 2.4.9}); "none" when nothing of the kind ran.
     */
    private static String named(List<LabRecord> labs, Function<LabRecord, List<String>> ran) {
        List<String> names = labs.stream().flatMap(lab -> ran.apply(lab).stream()).distinct().toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The modes a lab's Linux nodes' pppd ran in, for a person, e.g. {@code user-mode Linux}. */
    private static List<String> pppdKernels(LabRecord lab) {
        return lab.pppdKernels().stream().map(PppdKernel::label).toList();
    }

    private static String descriptionOf(Scenario scenario, String title) {
        Scenario beside = scenario.sideBySide();
        return beside != null && beside.name().equals(title) ? beside.description()
                : scenario.name().equals(title) ? scenario.description() : "";
    }

    private void windowMap(List<WindowPoint> points) {
        html.append("<h3>Timing window</h3><p>pppd's start against the ESP32's connect(), as a fraction of the "
                + "firmware's window; green: the link came up, red: it did not.</p>").append(WindowMapSvg.of(points));
        html.append("<table><tr><th>firmware</th><th>pppd at</th><th>pppd start (s)</th><th>connected</th>"
                + "<th>IPCP up (s)</th><th>gave up (s)</th></tr>");
        for (WindowPoint p : points) {
            html.append("<tr class=\"").append(p.connected() ? "pass" : "fail").append("\"><td>")
                    .append(Html.esc(p.firmware().id())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.2f", p.offset())).append("</td><td>")
                    .append(seconds(p.pppdStart())).append("</td><td>").append(p.connected() ? "yes" : "no")
                    .append("</td><td>").append(seconds(p.ipcpUp())).append("</td><td>").append(seconds(p.gaveUp()))
                    .append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private void checks(List<CheckResult> checks) {
        html.append("<h3>Checks</h3><table class=\"checks\"><tr><th></th><th>check</th><th>why it failed</th></tr>");
        for (CheckResult c : checks) {
            html.append("<tr class=\"").append(c.passed() ? "pass" : "fail").append("\"><td>").append(verdict(c.passed()))
                    .append("</td><td>").append(Html.esc(c.name())).append("</td><td>").append(Html.esc(c.reason()))
                    .append("</td></tr>");
        }
        html.append("</table>\n");
    }

    /** For two labs side by side: the frames and pppd log lines this one has and the other has not. */
    private void onlyHere(LabRecord lab, SideBySideDifferences differences) {
        List<String> lines = differences.onlyHere();
        html.append("<h3>Only in ").append(Html.esc(lab.title())).append(" (").append(lines.size())
                .append(" lines; marked in its transcript and logs)</h3>");
        html.append(lines.isEmpty() ? "<p>Nothing: the other lab has every frame and pppd line of this one.</p>"
                : "<pre class=\"differs\">" + Html.esc(String.join("\n", lines)) + "</pre>").append('\n');
    }

    /** @param differences what this lab has that the lab beside it has not, marked; null when there is none beside */
    private void labDetails(LabRecord lab, boolean named, SideBySideDifferences differences) {
        String of = named ? " &middot; " + Html.esc(lab.title()) : "";
        List<Event> routes = lab.events().stream()
                .filter(e -> e.kind() == EventKind.ROUTING_TABLE || e.kind() == EventKind.ROUTE).toList();
        if (!routes.isEmpty()) {
            html.append("<h3>The ESP32's routing table").append(of).append("</h3><table class=\"routes\">");
            for (Event e : routes) {
                html.append("<tr><td>").append(String.format(Locale.ROOT, "%.3f s", e.at().toNanos() / 1e9))
                        .append("</td><td>").append(e.kind() == EventKind.ROUTE ? "changed: " : "")
                        .append("</td><td><code>").append(Html.esc(e.detail()).replace("; ", "<br>"))
                        .append("</code></td></tr>");
            }
            html.append("</table>\n");
        }
        frameCounts(lab, of);
        List<Event> frameEvents = lab.events().stream().filter(Event::isFrame).toList();
        Set<String> differingFrames = differences == null ? Set.of() : frameEvents.stream()
                .filter(differences::frameDiffers).map(Event::line).collect(Collectors.toSet());
        block("PPP transcript" + of, frameEvents.stream().map(Event::line).toList(), TRANSCRIPT_LINES, false,
                "transcript.txt in " + lab.runFolder(), differingFrames::contains);
        block("Events" + of, lab.events().stream().filter(e -> !e.isFrame()).map(Event::line).toList(),
                Integer.MAX_VALUE, false, "", line -> false);
        lab.consoles().forEach((node, lines) -> block(node + " log" + of, lines, CONSOLE_LINES, true,
                node + "-console.log in " + lab.runFolder(),
                line -> differences != null && differences.consoleLineDiffers(node, line)));
    }

    /** Frames each node sent across the cable, and how many of them arrived with a bad FCS (line noise). */
    private void frameCounts(LabRecord lab, String of) {
        List<String> senders = lab.events().stream().filter(Event::isFrame).map(Event::node).distinct().toList();
        if (senders.isEmpty()) {
            return;
        }
        html.append("<h3>PPP frames on the cable").append(of).append("</h3><table class=\"frames\"><tr><th>sender</th>"
                + "<th>frames</th><th>bad FCS</th></tr>");
        for (String sender : senders) {
            long sent = lab.of(sender, EventKind.FRAME_SENT).size();
            long bad = lab.of(sender, EventKind.FRAME_BAD).size();
            html.append("<tr").append(bad > 0 ? " class=\"fail\"" : "").append("><td>").append(Html.esc(sender))
                    .append("</td><td>").append(sent + bad).append("</td><td>").append(bad).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    /**
     * A collapsible block of lines; long ones keep their first (or last) lines and say where the
     * rest is. Lines {@code differs} picks are marked.
     */
    private void block(String title, List<String> lines, int max, boolean tail, String whereAll,
                       Predicate<String> differs) {
        List<String> shown = lines.size() <= max ? lines
                : tail ? lines.subList(lines.size() - max, lines.size()) : lines.subList(0, max);
        html.append("<details><summary>").append(title).append(" (").append(lines.size()).append(" lines)</summary><pre>");
        if (shown.size() < lines.size()) {
            html.append(tail ? "... " : "").append(tail ? "the last " + max + " lines; all in " + Html.esc(whereAll)
                    + "\n" : "");
        }
        shown.forEach(line -> html.append(differs.test(line) ? "<mark class=\"differs\">" + Html.esc(line) + "</mark>"
                : Html.esc(line)).append('\n'));
        if (!tail && shown.size() < lines.size()) {
            html.append("... ").append(lines.size() - max).append(" more in ").append(Html.esc(whereAll)).append('\n');
        }
        html.append("</pre></details>\n");
    }

    private static String verdict(boolean passed) {
        return passed ? "<span class=\"verdict pass\">PASS</span>" : "<span class=\"verdict fail\">FAIL</span>";
    }

    private static String anchor(ScenarioResult r) {
        return "s-" + r.scenario().name().replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static String firstSentence(String text) {
        String flat = text.strip().replace('\n', ' ');
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(ReportWriter.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
