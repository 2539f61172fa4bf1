package dev.esp32ppp.lab;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labs the harness knows how to build. */
public final class Topologies {
    public static final int UART_BAUD = 230400;

    private Topologies() {
    }

    /** SaxonSoc alone, nothing plugged into its UART. */
    public static LabConfig linuxAlone(double timeScale, Path runs) {
        return new LabConfig(List.of(saxonsoc()), List.of(CableSpec.unplugged("saxonsoc")), timeScale, runs);
    }

    /**
     * SaxonSoc's UART wired to a second real pppd playing the ESP32's side, with the LAN's
     * router and the internet around them.
     */
    public static LabConfig linuxWithPppdPeer(double timeScale, Path runs) {
        NodeSpec peer = NodeSpec.saxonsoc("testpeer", ProjectHome.fixtures().resolve("testpeer/S30ppp"), 0);
        return new LabConfig(List.of(NodeSpec.router(), NodeSpec.internet(), saxonsoc(), peer),
                List.of(CableSpec.between("saxonsoc", "testpeer", UART_BAUD)), timeScale, runs);
    }

    /** The autostart topology: SaxonSoc's UART wired to the ESP32's UART2, the LAN and the internet. */
    public static LabConfig linuxWithEsp32(FirmwareProfile firmware, double timeScale, Path runs) {
        return linuxWithEsp32(firmware, ProjectHome.fixtures().resolve("saxonsoc/S30ppp"), UART_BAUD, timeScale, runs);
    }

    /** The same, with another init script for SaxonSoc's pppd and another line speed. */
    public static LabConfig linuxWithEsp32(FirmwareProfile firmware, Path s30ppp, int baud, double timeScale,
                                           Path runs) {
        NodeSpec linux = NodeSpec.saxonsoc("saxonsoc", s30ppp, NodeSpec.SAXONSOC_BOOT_SECONDS);
        return new LabConfig(List.of(NodeSpec.router(), NodeSpec.internet(), NodeSpec.esp32(firmware), linux),
                List.of(CableSpec.between("saxonsoc", "esp32", baud)), timeScale, runs);
    }

    /**
     * The field's autostart: both boards power on together; the ESP32 runs the flash's main.py
     * (or {@code mainPy} in its place), the Linux boots and S30ppp starts pppd.
     */
    public static LabConfig autostart(FirmwareProfile firmware, Path flash, Path mainPy, double timeScale, Path runs) {
        return autostart(firmware, flash, mainPy, ProjectHome.fixtures().resolve("saxonsoc/S30ppp"), false,
                CableSpec.between("saxonsoc", "esp32", UART_BAUD), timeScale, runs);
    }

    /** The autostart lab as a scenario declares it: the Linux's init script, a LAN host or not, the serial line. */
    public static LabConfig autostart(FirmwareProfile firmware, Path flash, Path mainPy, Path s30ppp, boolean lanhost,
                                      CableSpec line, double timeScale, Path runs) {
        List<NodeSpec> nodes = new ArrayList<>(List.of(NodeSpec.router(), NodeSpec.internet(),
                NodeSpec.esp32(firmware, flash, mainPy),
                NodeSpec.saxonsoc("saxonsoc", s30ppp, NodeSpec.SAXONSOC_BOOT_SECONDS)));
        if (lanhost) {
            nodes.add(NodeSpec.lanhost());
        }
        return new LabConfig(nodes, List.of(line), timeScale, runs);
    }

    /**
     * The passthru setup: the ESP32 idle at its prompt and the pc, whose USB serial reaches the
     * ESP32's UART0 or UART2 through DIP switch SW1.
     */
    public static LabConfig passthru(FirmwareProfile firmware, Path flash, int baud, double timeScale, Path runs) {
        return new LabConfig(List.of(NodeSpec.esp32(firmware, flash, ProjectHome.fixtures().resolve("esp32/main-idle.py")),
                NodeSpec.pc()), List.of(CableSpec.passthru("pc", "esp32", baud)), timeScale, runs);
    }

    /** The ESP32 alone, nothing plugged into its UART2. */
    public static LabConfig esp32Alone(FirmwareProfile firmware, Path runs) {
        return new LabConfig(List.of(NodeSpec.esp32(firmware)), List.of(CableSpec.unplugged("esp32")), 1, runs);
    }

    private static NodeSpec saxonsoc() {
        return NodeSpec.saxonsoc("saxonsoc", ProjectHome.fixtures().resolve("saxonsoc/S30ppp"),
                NodeSpec.SAXONSOC_BOOT_SECONDS);
    }
}
