package dev.esp32ppp.lab;

import java.nio.file.Path;
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
        return new LabConfig(List.of(NodeSpec.router(), NodeSpec.internet(), NodeSpec.esp32(), saxonsoc(), peer),
                List.of(CableSpec.between("saxonsoc", "testpeer", UART_BAUD)), timeScale, runs);
    }

    private static NodeSpec saxonsoc() {
        return NodeSpec.saxonsoc("saxonsoc", ProjectHome.fixtures().resolve("saxonsoc/S30ppp"),
                NodeSpec.SAXONSOC_BOOT_SECONDS);
    }
}
