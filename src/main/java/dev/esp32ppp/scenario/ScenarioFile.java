package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.serial.Anchor;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;
import dev.esp32ppp.serial.TimeWindows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
            "saxonsoc", "lanhost", "wait-for", "recipes", "checks", "sweep", "passthru", "line", "side-by-side");
    private static final Set<String> NODES_ALWAYS = Set.of("saxonsoc", "esp32", "router", "internet");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MILLISECOND = Duration.ofMillis(1);
    private static final Duration MAX_LATENCY = Duration.ofSeconds(10);
    private static final Pattern IPV4 = Pattern.compile("\\b(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\b");

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
            throw new ScenarioException(top.file(), top.line("side-by-side"), "side-by-side names no scenario: no "
                    + other.getFileName() + " beside this file");
        }
        Scenario scenario = load(other);
        if (scenario.sideBySide() != null || scenario.sweep() != null) {
            throw new ScenarioException(top.file(), top.line("side-by-side"), "side-by-side must name a plain "
                    + "scenario; " + name + " is a sweep or shows another beside itself");
        }
        return scenario;
    }

    private static Scenario parse(YamlMap top) {
        Path file = top.file();
        String name = top.text("name");
        FirmwareProfile firmware;
        try {
            firmware = FirmwareProfile.byId(top.text("firmware", "idf3-official"));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, top.line("firmware"), e.getMessage());
        }
        double timeScale = top.number("time-scale", 0.1);
        if (!(timeScale > 0 && timeScale <= 10)) {
            throw new ScenarioException(file, top.line("time-scale"), "time-scale must be above 0 and at most 10");
        }
        YamlMap esp32 = top.map("esp32");
        if (esp32 != null) {
            esp32.only(Set.of("flash", "main"));
        }
        Path flash = fixture(esp32, "flash", "esp32/flash");
        Path mainPy = esp32 != null && esp32.has("main") ? fixture(esp32, "main", null) : null;
        YamlMap linux = top.map("saxonsoc");
        if (linux != null) {
            linux.only(Set.of("s30ppp"));
        }
        Path s30ppp = fixture(linux, "s30ppp", "saxonsoc/S30ppp");
        boolean lanhost = top.flag("lanhost");
        Scenario.PassthruPlan passthru = null;
        YamlMap plan = top.map("passthru");
        if (plan != null) {
            plan.only(Set.of("flip-after"));
            double flipAfter = plan.number("flip-after", 3);
            if (flipAfter < 0) {
                throw new ScenarioException(file, plan.line("flip-after"), "flip-after is seconds after connect(), not negative");
            }
            passthru = new Scenario.PassthruPlan(Duration.ofMillis((long) (flipAfter * 1000)));
        }
        Set<String> nodes = passthru != null ? Set.of("esp32", "pc")
                : lanhost ? union(NODES_ALWAYS, "lanhost") : NODES_ALWAYS;

        List<Scenario.Wait> waits = new ArrayList<>();
        for (YamlMap wait : top.list("wait-for")) {
            wait.only(Set.of("node", "event", "timeout"));
            waits.add(new Scenario.Wait(node(wait, nodes), event(wait), seconds(wait, 120)));
        }
        List<Scenario.Recipe> recipes = new ArrayList<>();
        for (YamlMap recipe : top.list("recipes")) {
            recipe.only(Set.of("on", "file", "install-at"));
            Path path = ProjectHome.fixtures().resolve("recipes").resolve(recipe.text("file"));
            if (!Files.isRegularFile(path)) {
                throw new ScenarioException(file, recipe.line("file"), "unknown recipe '" + recipe.text("file")
                        + "': no such file in fixtures/recipes");
            }
            recipes.add(new Scenario.Recipe(node(recipe, "on", nodes), path, recipe.text("install-at", null)));
        }
        List<Scenario.Check> checks = new ArrayList<>();
        for (YamlMap check : top.list("checks")) {
            check.only(Set.of("name", "on", "run", "console", "bad-frames", "event", "happens", "expect", "expect-exit",
                    "timeout"));
            boolean console = check.has("console");
            int kinds = (console ? 1 : 0) + (check.has("run") ? 1 : 0) + (check.has("bad-frames") ? 1 : 0)
                    + (check.has("event") ? 1 : 0);
            if (kinds != 1) {
                throw new ScenarioException(file, check.line(),
                        "a check has one of 'run' (a command), 'console: true', 'bad-frames: N' or 'event: KIND'");
            }
            if (check.has("happens") && !check.has("event")) {
                throw new ScenarioException(file, check.line("happens"), "'happens' goes with 'event: KIND'");
            }
            int badFrames = (int) check.number("bad-frames", 0);
            String run = check.has("run") ? check.text("run") : null;
            if (run != null) {
                addresses(file, check.line("run"), run);
            }
            checks.add(new Scenario.Check(check.text("name"), node(check, "on", nodes), run, console, badFrames,
                    check.has("event") ? event(check) : null, !check.has("happens") || check.flag("happens"), check.text("expect", ""),
                    (int) check.number("expect-exit", 0), seconds(check, 30)));
        }
        Scenario.Sweep sweep = sweep(top.map("sweep"));
        YamlMap line = top.map("line");
        int baud = Topologies.UART_BAUD;
        LineNoise noise = LineNoise.NONE;
        LineImpairments impairments = LineImpairments.NONE;
        if (line != null) {
            line.only(Set.of("baud", "bit-error-rate", "drop-rate", "seed", "latency", "bursts", "unplug", "flap"));
            baud = (int) line.number("baud", Topologies.UART_BAUD);
            if (baud < 9600 || baud > 921600) {
                throw new ScenarioException(file, line.line("baud"), "baud must be between 9600 and 921600, was " + baud);
            }
            try {
                noise = new LineNoise(line.number("bit-error-rate", 0), line.number("drop-rate", 0),
                        (long) line.number("seed", 1));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(file, line.line(), e.getMessage());
            }
            impairments = impairments(line, nodes);
        }
        if (checks.isEmpty() && sweep == null) {
            throw new ScenarioException(file, top.line(), "missing field 'checks': a scenario needs at least one check");
        }
        return new Scenario(name, top.text("description", ""), file, firmware, timeScale, flash, mainPy, s30ppp,
                lanhost, waits, recipes, checks, sweep, passthru, baud, noise, impairments, sideBySide(top));
    }

    /**
     * The line's impairments over time: latency (ms), noise bursts, unplug windows and a flapping
     * cable. Times are seconds on the lab's clock or, with {@code after: {node, event}}, seconds
     * after that event; windows counted from the same moment must not overlap.
     */
    private static LineImpairments impairments(YamlMap line, Set<String> nodes) {
        Path file = line.file();
        Duration latency = line.has("latency") ? duration(line, "latency", true, MILLISECOND) : Duration.ZERO;
        if (latency.compareTo(MAX_LATENCY) > 0) {
            throw new ScenarioException(file, line.line("latency"), "latency is milliseconds, at most "
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
                throw new ScenarioException(file, burst.line("length-ms"), "a burst (length-ms " + burst.text("length-ms")
                        + ") must be shorter than its period (every " + burst.text("every") + " s)");
            }
            burstRate = burst.number("bit-error-rate", 0);
            if (!(burstRate > 0 && burstRate <= 0.5)) {
                throw new ScenarioException(file, burst.line("bit-error-rate"),
                        "a burst's bit-error-rate must be above 0 and at most 0.5, was " + burst.text("bit-error-rate", "none"));
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
                throw new ScenarioException(file, flap.line("down"), "the cable must be down (" + flap.text("down")
                        + " s) for less than the period (every " + flap.text("every") + " s)");
            }
            Duration from = flap.has("from") ? duration(flap, "from", true, SECOND) : Duration.ZERO;
            Duration until = flap.has("until") ? duration(flap, "until", false, SECOND) : TimeWindows.FOREVER;
            if (until.compareTo(from) <= 0) {
                throw new ScenarioException(file, flap.line("until"), "until (" + flap.text("until")
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
                throw new ScenarioException(file, unplug.line(), "unplug: " + e.getMessage());
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
            throw new ScenarioException(map.file(), map.line(key), "'" + key + "' must be " + (zeroOk ? "0 or more" : "above 0")
                    + (unit.equals(SECOND) ? " seconds" : " milliseconds") + ", was " + given);
        }
        return Duration.ofNanos(Math.round(value * unit.toNanos()));
    }

    private static Scenario.Sweep sweep(YamlMap sweep) {
        if (sweep == null) {
            return null;
        }
        sweep.only(Set.of("firmwares", "offsets"));
        List<FirmwareProfile> firmwares = new ArrayList<>();
        for (String id : sweep.text("firmwares").split(",")) {
            try {
                firmwares.add(FirmwareProfile.byId(id.strip()));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(sweep.file(), sweep.line("firmwares"), e.getMessage());
            }
        }
        List<Double> offsets = new ArrayList<>();
        for (String offset : sweep.text("offsets").split(",")) {
            try {
                offsets.add(Double.parseDouble(offset.strip()));
            } catch (NumberFormatException e) {
                throw new ScenarioException(sweep.file(), sweep.line("offsets"), "offsets are fractions of the "
                        + "window separated by commas, e.g. -0.2, 0.5, 0.8, 1.2; '" + offset.strip() + "' is not one");
            }
        }
        return new Scenario.Sweep(List.copyOf(firmwares), List.copyOf(offsets));
    }

    private static Path fixture(YamlMap map, String key, String otherwise) {
        if (map == null || !map.has(key)) {
            return ProjectHome.fixtures().resolve(otherwise);
        }
        Path path = ProjectHome.fixtures().resolve(map.text(key));
        if (!Files.exists(path)) {
            throw new ScenarioException(map.file(), map.line(key), "no such fixture: fixtures/" + map.text(key));
        }
        return path;
    }

    private static String node(YamlMap map, Set<String> nodes) {
        return node(map, "node", nodes);
    }

    private static String node(YamlMap map, String key, Set<String> nodes) {
        String node = map.text(key);
        if (!nodes.contains(node)) {
            throw new ScenarioException(map.file(), map.line(key), "unknown node '" + node + "'; this lab has "
                    + String.join(", ", nodes.stream().sorted().toList()));
        }
        return node;
    }

    /** The event a wait or a check names, one of the catalogue's. */
    private static String event(YamlMap map) {
        try {
            return EventKind.byId(map.text("event")).id();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(map.file(), map.line("event"), e.getMessage());
        }
    }

    private static Duration seconds(YamlMap map, double otherwise) {
        double value = map.number("timeout", otherwise);
        if (value <= 0) {
            throw new ScenarioException(map.file(), map.line("timeout"), "timeout must be a positive number of seconds");
        }
        return Duration.ofMillis((long) (value * 1000));
    }

    /** Every IPv4 address in a command must be a real address, and one of the lab's. */
    private static void addresses(Path file, int line, String command) {
        Matcher m = IPV4.matcher(command);
        while (m.find()) {
            int[] octets = new int[4];
            for (int i = 0; i < 4; i++) {
                octets[i] = Integer.parseInt(m.group(i + 1));
                if (octets[i] > 255) {
                    throw new ScenarioException(file, line, "bad address '" + m.group() + "': an octet is above 255");
                }
            }
            boolean lab = octets[0] == 10 && octets[1] == 0 && octets[2] == 5
                    || octets[0] == 192 && octets[1] == 168 && octets[2] == 28
                    || octets[0] == 198 && (octets[1] == 18 || octets[1] == 19)
                    || octets[0] == 127 || octets[0] == 0 || octets[0] == 255;
            if (!lab) {
                throw new ScenarioException(file, line, "bad address '" + m.group() + "': not in the lab "
                        + "(10.0.5.0/24, 192.168.28.0/24, 198.18.0.0/15); the lab cannot reach anything else");
            }
        }
    }

    private static Set<String> union(Set<String> set, String more) {
        return Set.copyOf(union(set, Set.of(more)));
    }
}
