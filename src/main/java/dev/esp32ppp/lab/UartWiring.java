package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.Cable;
import dev.esp32ppp.serial.LineSelector;
import dev.esp32ppp.serial.SerialLine;
import dev.esp32ppp.serial.SilentLine;
import dev.esp32ppp.serial.UnixSocketLine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lab's serial side: a listening socket for each board UART before the boards power on,
 * then the cables between them. A UART no cable names goes to the node's console log.
 */
final class UartWiring implements AutoCloseable {
    private static final Duration UART_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final int CONSOLE_BAUD = 115200;

    private final Path wireFolder;
    private final EventLog events;
    private final Map<String, UnixSocketLine.Listener> listeners = new LinkedHashMap<>();
    private final Map<String, Cable> cables = new LinkedHashMap<>();
    /** The same cables between two boards, by the UART of the second board a cable names. */
    private final Map<String, Cable> farEnds = new LinkedHashMap<>();
    private Passthru passthru;

    UartWiring(Path wireFolder, EventLog events) {
        this.wireFolder = wireFolder;
        this.events = events;
    }

    private static String key(String node, String uart) {
        return node + "." + uart;
    }

    /** The key of the UART a node's cable plugs into. */
    private static String cableKey(Map<String, Node> nodes, String node) {
        return key(node, nodes.get(node).spec().role().cableUart());
    }

    /** Listens for the node's UARTs; returns the environment that tells the node its sockets. */
    Map<String, String> listen(NodeSpec spec) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String uart : spec.role().uarts()) {
            String socket = key(spec.name(), uart);
            listeners.put(socket, UnixSocketLine.listen(spec.name(), wireFolder.resolve(socket)));
            env.put("UART_SOCKET_" + uart.toUpperCase(Locale.ROOT), socket);
        }
        if (spec.role().hasUart()) {
            env.put("UART_SOCKET", key(spec.name(), spec.role().cableUart()));
        }
        return env;
    }

    /** Accepts every board's UARTs and plugs the cables; runs after the boards powered on. */
    void connect(List<CableSpec> specs, Map<String, Node> nodes) throws IOException {
        Map<String, UnixSocketLine> lines = new LinkedHashMap<>();
        for (Node node : nodes.values()) {
            for (String uart : node.spec().role().uarts()) {
                lines.put(key(node.name(), uart), accept(node, uart));
            }
        }
        for (CableSpec spec : specs) {
            if (spec.passthru()) {
                wirePassthru(spec, lines, nodes);
                continue;
            }
            SerialLine a = take(lines, nodes, spec.node());
            SerialLine b = spec.other() == null ? new SilentLine() : take(lines, nodes, spec.other());
            Cable cable = cable(a, b, spec.line());
            cables.put(cableKey(nodes, spec.node()), cable);
            if (spec.other() != null) {
                farEnds.put(cableKey(nodes, spec.other()), cable);
            }
        }
        for (Map.Entry<String, UnixSocketLine> left : lines.entrySet()) {
            Node node = nodes.get(left.getValue().name());
            cables.put(left.getKey(), new Cable(left.getValue(),
                    new ConsoleLine(left.getKey() + "-console", node.console()), CONSOLE_BAUD, events).start());
        }
    }

    private void wirePassthru(CableSpec spec, Map<String, UnixSocketLine> lines, Map<String, Node> nodes) {
        SerialLine pcPort = take(lines, nodes, spec.node());
        SerialLine uart0 = lines.remove(key(spec.other(), "uart0"));
        SerialLine uart2 = lines.remove(key(spec.other(), "uart2"));
        if (uart0 == null || uart2 == null) {
            throw new LabException("a passthru cable needs an ESP32 with uart0 and uart2; " + spec.other() + " has not");
        }
        LineSelector esp32Side = new LineSelector(spec.other());
        LineSelector pcSide = new LineSelector(spec.node());
        pcSide.select(pcPort);
        passthru = new Passthru(esp32Side, pcSide, uart0, uart2, pcPort, events);
        passthru.sw1(true);
        cables.put(key(spec.other(), "uart0"), cable(esp32Side, pcSide, spec.line()));
    }

    private Cable cable(SerialLine a, SerialLine b, LineSpec line) {
        return new Cable(a, b, line.baud(), line.noise(), line.impairments(), events).start();
    }

    Passthru passthru() {
        if (passthru == null) {
            throw new LabException("this lab has no passthru cable");
        }
        return passthru;
    }

    private static SerialLine take(Map<String, UnixSocketLine> lines, Map<String, Node> nodes, String node) {
        Node found = nodes.get(node);
        if (found == null || !found.spec().role().hasUart()) {
            throw new LabException("a cable names node " + node + ", which is not in the lab or has no UART");
        }
        return lines.remove(key(node, found.spec().role().cableUart()));
    }

    private UnixSocketLine accept(Node node, String uart) throws IOException {
        UnixSocketLine line = listeners.get(key(node.name(), uart)).accept(UART_CONNECT_TIMEOUT);
        UartRates.follow(node, line, events);
        if (node.spec().role().inGuest()) {
            // the Linux reports when a program opens or closes its UART; until then bytes are lost
            String name = node.name();
            line.receiving(events.of(name, EventKind.UART_OPEN).size() > events.of(name, EventKind.UART_CLOSED).size());
            events.listen(event -> {
                if (event.node().equals(name) && (event.kind() == EventKind.UART_OPEN
                        || event.kind() == EventKind.UART_CLOSED)) {
                    line.receiving(event.kind() == EventKind.UART_OPEN);
                }
            });
        }
        return line;
    }

    /** The cable on a node's UART, whichever end of it the node is. */
    Cable cable(String node, String uart) {
        Cable cable = cables.getOrDefault(key(node, uart), farEnds.get(key(node, uart)));
        if (cable == null) {
            throw new LabException("no cable on " + key(node, uart) + "; the lab has " + cables.keySet()
                    + (farEnds.isEmpty() ? "" : " and, at their other ends, " + farEnds.keySet()));
        }
        return cable;
    }

    @Override
    public void close() throws IOException {
        List<IOException> problems = new ArrayList<>();
        for (Cable cable : cables.values()) {
            try {
                cable.close();
            } catch (IOException e) {
                problems.add(e);
            }
        }
        for (UnixSocketLine.Listener listener : listeners.values()) {
            try {
                listener.close();
            } catch (IOException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
