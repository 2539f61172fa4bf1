package dev.esp32ppp.scenario;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.Esp32PppLabBuilder;
import dev.esp32ppp.api.Firmware;
import dev.esp32ppp.api.LabDefinition;
import dev.esp32ppp.api.LabOptionException;
import dev.esp32ppp.api.NetworkStack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.PackageIndex;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.lab.Topology;
import dev.esp32ppp.serial.Anchor;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;
import dev.esp32ppp.serial.TimeWindows;
import dev.esp32ppp.steps.GoldenLog;
import dev.esp32ppp.steps.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads and checks a scenario file (fixtures/scenarios/*.yaml) before any container starts: every
 * error names the file, the line and what is wrong.
 */
public final class ScenarioFile {
    private static final Set<String> TOP = Set.of("name", "description", "firmware", "time-scale", "esp32",
            "saxonsoc", "pppd", "topology", "lanhost", "lanlinux", "wait-for", "recipes", "checks", "sweep", "passthru", "line",
            "side-by-side", "pppd-kernel", "package-index");
    /** When the person at the pc flips SW1 unless the file says: seconds after connect(). */
    private static final double FLIP_AFTER = 3;
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MILLISECOND = Duration.ofMillis(1);
    private static final Duration MAX_LATENCY = Duration.ofSeconds(10);
    private static final Pattern HEX_OCTETS = Pattern.compile("\\p{XDigit}{2}( +\\p{XDigit}{2})*");

    private ScenarioFile() {
    }

    /** The scenario files of the project, by name (the file name without .yaml). */
    public static Path folder() {
        return ProjectHome.fixtures().resolve("scenarios");
    }

    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read the file: " + e.getMessage());
        }
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode()
                    .orElseThrow(() -> new ScenarioException(file, 1, "the file is empty"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ScenarioException(file, line, "not valid YAML: " + e.getProblem());
        }
        return parse(new YamlMap(file, root, "a scenario").only(TOP));
    }

    /** The scenario a file shows beside itself: another file of the folder, which shows nothing beside it. */
    private static Scenario sideBySide(YamlMap top) {
        if (!top.has("side-by-side")) {
            return null;
        }
        String name = top.text("side-by-side");
        Path other = top.file().resolveSibling(name + ".yaml");
        if (!Files.isRegularFile(other)) {
            throw top.fail("side-by-side", "side-by-side names no scenario: no " + other.getFileName()
                    + " beside this file");
        }
        Scenario scenario = load(other);
        if (scenario.sideBySide() != null || scenario.steps().sweep() != null) {
            throw top.fail("side-by-side", "side-by-side must name a plain scenario; " + name
                    + " is a sweep or shows another beside itself");
        }
        return scenario;
    }

    private static Scenario parse(YamlMap top) {
        String name = top.text("name");
        LabDefinition lab = lab(top);
        Topology topology = lab.topology();
        Set<String> nodes = Set.copyOf(topology.nodeNames());
        Steps steps = steps(top, topology, nodes);
        YamlMap line = top.map("line");
        if (line != null) {
            line.only(Set.of("baud", "bit-error-rate", "drop-rate", "seed", "latency", "bursts", "unplug", "flap"));
            int baud = (int) line.number("baud", Topologies.UART_BAUD);
            if (baud < 9600 || baud > 921600) {
                throw line.fail("baud", "baud must be between 9600 and 921600, was " + baud);
            }
            LineNoise noise;
            try {
                noise = new LineNoise(line.number("bit-error-rate", 0), line.number("drop-rate", 0),
                        (long) line.number("seed", 1));
            } catch (IllegalArgumentException e) {
                throw line.fail(e.getMessage());
            }
            lab = built(top, lab.toBuilder().withLine(new LineSpec(baud, noise, impairments(line, nodes))));
        }
        return new Scenario(name, top.text("description", ""), top.file(), lab, steps, sideBySide(top));
    }

    /** What the scenario runs, on the nodes of its topology and at the addresses it reaches. */
    private static Steps steps(YamlMap top, Topology topology, Set<String> nodes) {
        Steps.PassthruPlan person = person(top, topology);
        List<Steps.Wait> waits = new ArrayList<>();
        for (YamlMap wait : top.list("wait-for")) {
            wait.only(Set.of("node", "event", "timeout"));
            waits.add(new Steps.Wait(node(wait, nodes), event(wait), seconds(wait, 120)));
        }
        List<Steps.Recipe> recipes = new ArrayList<>();
        for (YamlMap recipe : top.list("recipes")) {
            recipe.only(Set.of("on", "file", "install-at", "send"));
            if (recipe.has("send") == recipe.has("file")) {
                throw recipe.fail("a recipe has one of 'file' (under fixtures/recipes) or 'send' (octets onto the "
                        + "node's cable)");
            }
            if (recipe.has("send")) {
                if (recipe.has("install-at")) {
                    throw recipe.fail("install-at", "'install-at' goes with 'file'");
                }
                String node = node(recipe, "on", nodes);
                recipes.add(new Steps.Recipe(node, null, null, octets(recipe, topology, node)));
                continue;
            }
            Path path = ProjectHome.fixtures().resolve("recipes").resolve(recipe.text("file"));
            if (!Files.isRegularFile(path)) {
                throw recipe.fail("file", "unknown recipe '" + recipe.text("file")
                        + "': no such file in fixtures/recipes");
            }
            recipes.add(new Steps.Recipe(node(recipe, "on", nodes), path, recipe.text("install-at", null), null));
        }
        List<Steps.Check> checks = new ArrayList<>();
        for (YamlMap check : top.list("checks")) {
            check.only(Set.of("name", "on", "run", "console", "bad-frames", "event", "frame", "happens", "golden",
                    "expect", "expect-exit", "timeout"));
            boolean console = check.has("console");
            int kinds = (console ? 1 : 0) + (check.has("run") ? 1 : 0) + (check.has("bad-frames") ? 1 : 0)
                    + (check.has("event") ? 1 : 0) + (check.has("frame") ? 1 : 0) + (check.has("golden") ? 1 : 0);
            if (kinds != 1) {
                throw check.fail("a check has one of 'run' (a command), 'console: true', 'bad-frames: N', "
                        + "'event: KIND', 'frame: TEXT' or 'golden: FILE'");
            }
            if (check.has("happens") && !check.has("event") && !check.has("frame")) {
                throw check.fail("happens", "'happens' goes with 'event: KIND' or 'frame: TEXT'");
            }
            int badFrames = (int) check.number("bad-frames", 0);
            String run = check.has("run") ? check.text("run") : null;
            if (run != null) {
                CommandAddresses.check(check, "run", topology.subnets());
            }
            checks.add(new Steps.Check(check.text("name"), node(check, "on", nodes), run, console, badFrames,
                    check.has("event") ? event(check) : null, check.text("frame", null),
                    !check.has("happens") || check.flag("happens"),
                    check.has("golden") ? GoldenLog.load(fixture(check, "golden")) : null, check.text("expect", ""),
                    (int) check.number("expect-exit", 0), seconds(check, 30)));
        }
        Steps.Sweep sweep = sweep(top.map("sweep"));
        if (checks.isEmpty() && sweep == null) {
            throw top.fail("missing field 'checks': a scenario needs at least one check");
        }
        return new Steps(person, waits, recipes, checks, sweep);
    }

    /**
     * A recipe's octets, two hex digits each with spaces between ({@code 7e 7d 20}), for a node
     * with a cable to another board: they go onto that cable.
     */
    private static byte[] octets(YamlMap recipe, Topology topology, String node) {
        String text = recipe.text("send").strip();
        if (!HEX_OCTETS.matcher(text).matches()) {
            throw recipe.fail("send", "'send' is octets in hex, two digits each with spaces between (7e 7d 20), was '"
                    + text + "'");
        }
        boolean cabled = topology.cables().stream().anyMatch(cable -> !cable.passthru() && cable.other() != null
                && (cable.node().equals(node) || cable.other().equals(node)));
        if (!cabled) {
            throw recipe.fail("send", "'send' puts octets on a cable between two boards; " + node
                    + " has none in this lab");
        }
        return HexFormat.of().parseHex(text.replaceAll(" +", ""));
    }

    /**
     * The lab as the file sets it up, described with the same builder a Java test uses: the
     * firmware, the time scale, the boards' files, the topology by name (passthru where the file
     * plans the person at the pc, else autostart), the LAN host and the LAN Linux added or not, the
     * package index's pins, the pppd of the Linux that runs it (saxonsoc, or the pc in passthru),
     * the pppd kernel. Its serial line comes after, from the 'line' block. Each value is read with
     * the file's words for what is wrong with it; what the builder refuses of their combination is
     * said with the builder's.
     */
    private static LabDefinition lab(YamlMap top) {
        String topology = top.text("topology", top.has("passthru") ? Topologies.PASSTHRU : Topologies.AUTOSTART);
        Esp32PppLabBuilder lab;
        try {
            lab = Esp32PppLab.topology(topology);
        } catch (LabOptionException e) {
            throw top.fail("topology", e.getMessage());
        }
        List<String> nodes = built(top, Esp32PppLab.topology(topology)).nodeNames();
        for (String board : List.of("esp32", "saxonsoc")) {
            if (top.has(board) && !nodes.contains(board)) {
                throw top.fail(board, unknownNode(board, nodes));
            }
        }
        try {
            lab.withFirmware(Firmware.byId(top.text("firmware", "idf3-official")));
        } catch (IllegalArgumentException e) {
            throw top.fail("firmware", e.getMessage());
        }
        double timeScale = top.number("time-scale", 0.1);
        if (!(timeScale > 0 && timeScale <= 10)) {
            throw top.fail("time-scale", "time-scale must be above 0 and at most 10");
        }
        lab.withTimeScale(timeScale);
        YamlMap esp32 = top.map("esp32");
        if (esp32 != null) {
            esp32.only(Set.of("stack", "flash", "main", "add-to-flash"));
            if (esp32.has("stack")) {
                try {
                    lab.withStack(NetworkStack.byId(esp32.text("stack")));
                } catch (IllegalArgumentException e) {
                    throw esp32.fail("stack", e.getMessage());
                }
            }
            if (esp32.has("flash")) {
                lab.withFlash(fixture(esp32, "flash"));
            }
            if (esp32.has("main")) {
                lab.withMainPy(fixture(esp32, "main"));
            }
            if (esp32.has("add-to-flash")) {
                lab.withFlashAdditions(fixture(esp32, "add-to-flash"));
            }
        }
        YamlMap linux = top.map("saxonsoc");
        if (linux != null && linux.only(Set.of("s30ppp")).has("s30ppp")) {
            lab.withS30ppp(fixture(linux, "s30ppp"));
        }
        if (top.has("pppd")) {
            try {
                lab.withPppd(PppdVersion.byId(top.text("pppd")).id());
            } catch (IllegalArgumentException e) {
                throw top.fail("pppd", e.getMessage());
            }
        }
        if (top.flag("lanhost")) {
            lab.withLanHost();
        }
        if (top.flag("lanlinux")) {
            lab.withLanLinux();
        }
        pinPackages(top, topology, lab);
        try {
            lab.withNativePppd(PppdKernel.byId(top.text("pppd-kernel", PppdKernel.UML.id())) == PppdKernel.NATIVE);
        } catch (IllegalArgumentException e) {
            throw top.fail("pppd-kernel", e.getMessage());
        }
        return built(top, lab);
    }

    private static LabDefinition built(YamlMap top, Esp32PppLabBuilder lab) {
        try {
            return lab.build();
        } catch (LabOptionException e) {
            throw top.fail(e.getMessage());
        }
    }

    /**
     * The internet's package index as the file pins it, {@code package-index: {NAME: VERSION}}:
     * each named package's index ends at that version.
     */
    private static void pinPackages(YamlMap top, String topology, Esp32PppLabBuilder lab) {
        YamlMap pins = top.map("package-index");
        if (pins == null) {
            return;
        }
        if (topology.equals(Topologies.PASSTHRU)) {
            throw top.fail("package-index", "'package-index' pins what the internet node serves; the " + topology
                    + " lab has no internet node");
        }
        PackageIndex index = PackageIndex.ofProject();
        for (String name : pins.keys()) {
            try {
                index = index.pinned(name, pins.text(name));
            } catch (IllegalArgumentException e) {
                throw pins.fail(name, "package-index: " + e.getMessage());
            }
            lab.withPackageIndexPin(name, pins.text(name));
        }
    }

    /**
     * The person at the pc, where the lab has the passthru cable: the file's 'passthru' block
     * says when they flip SW1 (3 s after connect() without it); a lab without the cable has no person.
     */
    private static Steps.PassthruPlan person(YamlMap top, Topology topology) {
        YamlMap plan = top.map("passthru");
        if (!topology.hasPassthru()) {
            if (plan != null) {
                throw top.fail("passthru", "'passthru' plans the person at the pc's USB serial, which this lab has "
                        + "not; it goes with topology: passthru");
            }
            return null;
        }
        double flipAfter = plan == null ? FLIP_AFTER : plan.only(Set.of("flip-after")).number("flip-after", FLIP_AFTER);
        if (flipAfter < 0) {
            throw plan.fail("flip-after", "flip-after is seconds after connect(), not negative");
        }
        return new Steps.PassthruPlan(Duration.ofMillis((long) (flipAfter * 1000)));
    }

    /**
     * The line's impairments over time: latency (ms), noise bursts, unplug windows and a flapping
     * cable. Times are seconds on the lab's clock or, with {@code after: {node, event}}, seconds
     * after that event; windows counted from the same moment must not overlap.
     */
    private static LineImpairments impairments(YamlMap line, Set<String> nodes) {
        Duration latency = line.has("latency") ? duration(line, "latency", true, MILLISECOND) : Duration.ZERO;
        if (latency.compareTo(MAX_LATENCY) > 0) {
            throw line.fail("latency", "latency is milliseconds, at most "
                    + MAX_LATENCY.toMillis() + ", was " + latency.toMillis());
        }
        Map<Anchor, TimeWindows> bursts = new LinkedHashMap<>();
        double burstRate = 0;
        YamlMap burst = line.map("bursts");
        if (burst != null) {
            burst.only(Set.of("every", "length-ms", "bit-error-rate", "after"));
            Duration every = duration(burst, "every", false, SECOND);
            Duration length = duration(burst, "length-ms", false, MILLISECOND);
            if (length.compareTo(every) >= 0) {
                throw burst.fail("length-ms", "a burst (length-ms " + burst.text("length-ms")
                        + ") must be shorter than its period (every " + burst.text("every") + " s)");
            }
            burstRate = burst.number("bit-error-rate", 0);
            if (!(burstRate > 0 && burstRate <= 0.5)) {
                throw burst.fail("bit-error-rate", "a burst's bit-error-rate must be above 0 and at most 0.5, was "
                        + burst.text("bit-error-rate", "none"));
            }
            bursts.put(anchor(burst, nodes), TimeWindows.repeating(new TimeWindows.Repeat(every, every, length,
                    TimeWindows.FOREVER)));
        }
        Map<Anchor, TimeWindows> pulls = new LinkedHashMap<>();
        YamlMap flap = line.map("flap");
        if (flap != null) {
            flap.only(Set.of("every", "down", "from", "until", "after"));
            Duration every = duration(flap, "every", false, SECOND);
            Duration down = duration(flap, "down", false, SECOND);
            if (down.compareTo(every) >= 0) {
                throw flap.fail("down", "the cable must be down (" + flap.text("down")
                        + " s) for less than the period (every " + flap.text("every") + " s)");
            }
            Duration from = flap.has("from") ? duration(flap, "from", true, SECOND) : Duration.ZERO;
            Duration until = flap.has("until") ? duration(flap, "until", false, SECOND) : TimeWindows.FOREVER;
            if (until.compareTo(from) <= 0) {
                throw flap.fail("until", "until (" + flap.text("until")
                        + " s) must come after from (" + flap.text("from", "0") + " s)");
            }
            pulls.put(anchor(flap, nodes), TimeWindows.repeating(new TimeWindows.Repeat(from, every, down, until)));
        }
        for (YamlMap unplug : line.list("unplug")) {
            unplug.only(Set.of("at", "for", "after"));
            Duration at = duration(unplug, "at", true, SECOND);
            Duration length = duration(unplug, "for", false, SECOND);
            Anchor anchor = anchor(unplug, nodes);
            try {
                pulls.put(anchor, pulls.getOrDefault(anchor, TimeWindows.NONE).with(new TimeWindows.Window(at, at.plus(length))));
            } catch (IllegalArgumentException e) {
                throw unplug.fail("unplug: " + e.getMessage());
            }
        }
        Map<Anchor, LineImpairments.Schedule> schedules = new LinkedHashMap<>();
        for (Anchor anchor : union(bursts.keySet(), pulls.keySet())) {
            schedules.put(anchor, new LineImpairments.Schedule(bursts.getOrDefault(anchor, TimeWindows.NONE),
                    pulls.getOrDefault(anchor, TimeWindows.NONE)));
        }
        return new LineImpairments(latency, burstRate, schedules);
    }

    /** Where an impairment's times count from: {@code after: {node: saxonsoc, event: ppp0-up}}, or the lab's start. */
    private static Anchor anchor(YamlMap impairment, Set<String> nodes) {
        YamlMap after = impairment.map("after");
        if (after == null) {
            return Anchor.LAB_START;
        }
        after.only(Set.of("node", "event"));
        return new Anchor(node(after, nodes), EventKind.byId(event(after)));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A required time: a number of {@code unit}s, above 0 (or with {@code zeroOk}, 0 or more). */
    private static Duration duration(YamlMap map, String key, boolean zeroOk, Duration unit) {
        String given = map.text(key);
        double value = map.number(key, 0);
        if (value < 0 || value == 0 && !zeroOk) {
            throw map.fail(key, "'" + key + "' must be " + (zeroOk ? "0 or more" : "above 0")
                    + (unit.equals(SECOND) ? " seconds" : " milliseconds") + ", was " + given);
        }
        return Duration.ofNanos(Math.round(value * unit.toNanos()));
    }

    private static Steps.Sweep sweep(YamlMap sweep) {
        if (sweep == null) {
            return null;
        }
        sweep.only(Set.of("firmwares", "offsets"));
        List<FirmwareProfile> firmwares = new ArrayList<>();
        for (String id : sweep.text("firmwares").split(",")) {
            try {
                firmwares.add(FirmwareProfile.byId(id.strip()));
            } catch (IllegalArgumentException e) {
                throw sweep.fail("firmwares", e.getMessage());
            }
        }
        List<Double> offsets = new ArrayList<>();
        for (String offset : sweep.text("offsets").split(",")) {
            try {
                offsets.add(Double.parseDouble(offset.strip()));
            } catch (NumberFormatException e) {
                throw sweep.fail("offsets", "offsets are fractions of the "
                        + "window separated by commas, e.g. -0.2, 0.5, 0.8, 1.2; '" + offset.strip() + "' is not one");
            }
        }
        return new Steps.Sweep(List.copyOf(firmwares), List.copyOf(offsets));
    }

    /** The file or folder under fixtures/ that a key names. */
    private static Path fixture(YamlMap map, String key) {
        Path path = ProjectHome.fixtures().resolve(map.text(key));
        if (!Files.exists(path)) {
            throw map.fail(key, "no such fixture: fixtures/" + map.text(key));
        }
        return path;
    }

    private static String node(YamlMap map, Set<String> nodes) {
        return node(map, "node", nodes);
    }

    private static String node(YamlMap map, String key, Set<String> nodes) {
        String node = map.text(key);
        if (!nodes.contains(node)) {
            throw map.fail(key, unknownNode(node, nodes));
        }
        return node;
    }

    private static String unknownNode(String node, Collection<String> nodes) {
        return "unknown node '" + node + "'; this lab has " + String.join(", ", nodes.stream().sorted().toList());
    }

    /** The event a wait or a check names, one of the catalogue's. */
    private static String event(YamlMap map) {
        try {
            return EventKind.byId(map.text("event")).id();
        } catch (IllegalArgumentException e) {
            throw map.fail("event", e.getMessage());
        }
    }

    private static Duration seconds(YamlMap map, double otherwise) {
        double value = map.number("timeout", otherwise);
        if (value <= 0) {
            throw map.fail("timeout", "timeout must be a positive number of seconds");
        }
        return Duration.ofMillis((long) (value * 1000));
    }
}
