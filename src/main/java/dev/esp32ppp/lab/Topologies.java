package dev.esp32ppp.lab;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The labs the harness builds, each decided here once as a {@link Topology}: which nodes, which
 * cables. Scenario files name {@link #AUTOSTART} or {@link #PASSTHRU}; the others serve the
 * timing-window sweep, the benchmarks and the tests.
 */
public final class Topologies {
    /**
     * The boards' UART speed, as the field ran it: the notes' passthru runs pppd at 115200 against
     * the ESP32's UART2 through the FPGA's wires, so ppptun set 115200 and S30ppp's pppd matched
     * it. A line carries an end's octets at this rate until the end sets its own.
     */
    public static final int UART_BAUD = 115200;
    /** The pc's USB serial, as the notes' pppd command has it. */
    public static final int USB_SERIAL_BAUD = 115200;
    public static final String AUTOSTART = "autostart";
    public static final String PASSTHRU = "passthru";

    private static final Map<String, Function<BoardSetup, Topology>> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put(AUTOSTART, Topologies::autostart);
        NAMED.put(PASSTHRU, Topologies::passthru);
    }

    private Topologies() {
    }

    /** The topologies a scenario file can name. */
    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }

    /** The topology a scenario file names, with the boards it sets up. */
    public static Topology named(String name, BoardSetup boards) {
        Function<BoardSetup, Topology> topology = NAMED.get(name);
        if (topology == null) {
            throw new IllegalArgumentException("unknown topology '" + name + "'; known: " + String.join(", ", names()));
        }
        return topology.apply(boards);
    }

    /**
     * The field's autostart: the LAN's router and the internet, the ESP32 running its flash's
     * main.py, and the SaxonSoc Linux whose S30ppp starts pppd; SaxonSoc's UART wired to the
     * ESP32's UART2. Both boards power on together.
     */
    public static Topology autostart(BoardSetup boards) {
        return new Topology(List.of(Nodes.router(), Nodes.internet(), Nodes.esp32(boards),
                Nodes.saxonsoc(boards.s30ppp(), boards.pppd())), List.of(CableSpec.between("saxonsoc", "esp32", UART_BAUD)));
    }

    /**
     * The passthru setup: the ESP32 idle at its prompt and the pc, whose USB serial reaches the
     * ESP32's UART0 or UART2 through DIP switch SW1.
     */
    public static Topology passthru(BoardSetup boards) {
        return new Topology(List.of(Nodes.esp32(boards.withMain(mainIdle())), Nodes.pc(boards.pppd())),
                List.of(CableSpec.passthru("pc", "esp32", USB_SERIAL_BAUD)));
    }

    /**
     * A point of the timing-window sweep: the ESP32 idle at its prompt and a Linux that boots at
     * once and starts nothing, the harness running the boards' S30ppp itself.
     */
    public static Topology timingWindow(BoardSetup boards) {
        return new Topology(List.of(Nodes.esp32(boards.withMain(mainIdle())),
                Nodes.idleLinux("saxonsoc", "ttySL0", boards.s30ppp(), "/root/S30ppp", boards.pppd())),
                List.of(CableSpec.between("saxonsoc", "esp32", UART_BAUD)));
    }

    /** SaxonSoc alone with the field's pppd, nothing plugged into its UART. */
    public static Topology linuxAlone() {
        return new Topology(List.of(Nodes.saxonsoc(fixture("saxonsoc/S30ppp"), PppdVersion.DEFAULT)),
                List.of(CableSpec.unplugged("saxonsoc")));
    }

    /** The ESP32 alone, nothing plugged into its UART2. */
    public static Topology esp32Alone(BoardSetup boards) {
        return new Topology(List.of(Nodes.esp32(boards)), List.of(CableSpec.unplugged("esp32")));
    }

    /**
     * SaxonSoc's UART wired to a second real pppd playing the ESP32's side, both of that version,
     * with the LAN's router and the internet around them.
     */
    public static Topology linuxWithPppdPeer(PppdVersion pppd) {
        return new Topology(List.of(Nodes.router(), Nodes.internet(), Nodes.saxonsoc(fixture("saxonsoc/S30ppp"), pppd),
                Nodes.linux("testpeer", fixture("testpeer/S30ppp"), pppd)),
                List.of(CableSpec.between("saxonsoc", "testpeer", UART_BAUD)));
    }

    /** A main.py that leaves the ESP32 at its prompt. */
    private static Path mainIdle() {
        return fixture("esp32/main-idle.py");
    }

    private static Path fixture(String path) {
        return ProjectHome.fixtures().resolve(path);
    }
}
