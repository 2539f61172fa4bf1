package dev.esp32ppp.report;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.WindowPoint;
import dev.esp32ppp.steps.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * results.yaml in a report folder: every result of the run, with every event of every lab (a
 * frame's octets too), its consoles and the sweep's points, so that a report can be drawn again
 * from it, e.g. one report from the shards of a run (./harness report merge). Times are in
 * nanoseconds on the lab's clock; a scenario is its file, relative to the project when inside it.
 */
public final class ResultsFile {
    public static final String NAME = "results.yaml";
    /** Raised when the file's shape changes, so that a harness refuses records it would misread. */
    static final int FORMAT = 1;
    private static final HexFormat HEX = HexFormat.of();

    private ResultsFile() {
    }

    static void write(List<ScenarioResult> results, Path folder) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        top.put("scenarios", results.stream().map(ResultsFile::result).toList());
        DumpSettings settings = DumpSettings.builder().setSplitLines(false).build();
        Files.writeString(folder.resolve(NAME), new Dump(settings).dumpToString(top));
    }

    /**
     * The results a report folder records.
     *
     * @throws LabException when the folder does not exist, has no record, or one this harness cannot read
     */
    public static List<ScenarioResult> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LabException("no folder at " + folder);
        }
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new LabException(folder + " is not a report folder: it has no " + NAME
                    + " (./harness run writes one beside index.html)");
        }
        Object top;
        try {
            top = new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                    .loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (YamlEngineException e) {
            throw new LabException(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Object format = top instanceof Map<?, ?> map ? map.get("format") : null;
        if (!Integer.valueOf(FORMAT).equals(format)) {
            throw new LabException(file + " was written by another harness version (results format " + format
                    + "; this one reads " + FORMAT + "): merge reports of one version");
        }
        try {
            return list(((Map<?, ?>) top).get("scenarios")).stream().map(ResultsFile::result).toList();
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            // an edited or cut-off record: a key missing, a value of another type, an unknown kind or id
            throw new LabException(file + " is not a results record as this harness writes them: " + e);
        }
    }

    private static Map<String, Object> result(ScenarioResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Path file = r.scenario().file().toAbsolutePath().normalize();
        m.put("file", file.startsWith(ProjectHome.path()) ? ProjectHome.path().relativize(file).toString()
                : file.toString());
        m.put("checks", r.checks().stream().map(ResultsFile::check).toList());
        m.put("labs", r.labs().stream().map(ResultsFile::lab).toList());
        m.put("window", r.window().stream().map(ResultsFile::point).toList());
        return m;
    }

    private static ScenarioResult result(Object o) {
        Map<?, ?> m = (Map<?, ?>) o;
        return new ScenarioResult(ScenarioFile.load(ProjectHome.path().resolve((String) m.get("file"))),
                list(m.get("checks")).stream().map(c -> (Map<?, ?>) c).map(c -> new CheckResult(
                        (String) c.get("name"), (Boolean) c.get("passed"), (String) c.get("reason"))).toList(),
                list(m.get("labs")).stream().map(ResultsFile::lab).toList(),
                list(m.get("window")).stream().map(ResultsFile::point).toList());
    }

    private static Map<String, Object> check(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("passed", c.passed());
        m.put("reason", c.reason());
        return m;
    }

    private static Map<String, Object> lab(LabRecord lab) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", lab.title());
        m.put("lab-id", lab.labId());
        m.put("nodes", lab.nodes());
        m.put("run-folder", lab.runFolder() == null ? null : lab.runFolder().toString());
        m.put("events", lab.events().stream().map(ResultsFile::event).toList());
        m.put("consoles", lab.consoles());
        return m;
    }

    private static LabRecord lab(Object o) {
        Map<?, ?> m = (Map<?, ?>) o;
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        ((Map<?, ?>) m.get("consoles")).forEach((node, lines) -> consoles.put((String) node,
                list(lines).stream().map(line -> (String) line).toList()));
        return new LabRecord((String) m.get("title"), (String) m.get("lab-id"),
                list(m.get("nodes")).stream().map(node -> (String) node).toList(),
                list(m.get("events")).stream().map(ResultsFile::event).toList(), consoles,
                m.get("run-folder") == null ? null : Path.of((String) m.get("run-folder")));
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toNanos());
        m.put("node", e.node());
        m.put("kind", e.kind().id());
        m.put("detail", e.detail());
        if (e.frame() != null) {
            m.put("frame", HEX.formatHex(e.frame().content()));
            m.put("protocol", e.frame().protocol());
        }
        return m;
    }

    /** A frame's event as the sniffer made it; any other as the log makes it, its typed data read from its detail. */
    private static Event event(Object o) {
        Map<?, ?> m = (Map<?, ?>) o;
        Duration at = Duration.ofNanos(((Number) m.get("at")).longValue());
        String node = (String) m.get("node");
        EventKind kind = EventKind.byId((String) m.get("kind"));
        String detail = (String) m.get("detail");
        return m.containsKey("frame")
                ? new Event(at, node, kind, detail, new Frame(HEX.parseHex((String) m.get("frame")),
                        ((Number) m.get("protocol")).intValue()))
                : Event.of(at, node, kind, detail);
    }

    private static Map<String, Object> point(WindowPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firmware", p.firmware().id());
        m.put("offset", p.offset());
        m.put("pppd-start", nanos(p.pppdStart()));
        m.put("ipcp-up", nanos(p.ipcpUp()));
        m.put("gave-up", nanos(p.gaveUp()));
        return m;
    }

    private static WindowPoint point(Object o) {
        Map<?, ?> m = (Map<?, ?>) o;
        return new WindowPoint(FirmwareProfile.byId((String) m.get("firmware")), ((Number) m.get("offset")).doubleValue(),
                duration(m.get("pppd-start")), duration(m.get("ipcp-up")), duration(m.get("gave-up")));
    }

    private static Long nanos(Duration d) {
        return d == null ? null : d.toNanos();
    }

    private static Duration duration(Object nanos) {
        return nanos == null ? null : Duration.ofNanos(((Number) nanos).longValue());
    }

    private static List<?> list(Object o) {
        return (List<?>) o;
    }
}
