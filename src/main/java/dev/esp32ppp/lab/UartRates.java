package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.UnixSocketLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a board UART's baud rate (what its cable compares with the far end's) in step with what
 * the board reports: the ESP32's UART2 from the board's machine.UART(2) (its uart2-init events;
 * unknown again after each power-on, until the board's code sets it), a Linux's UART from the
 * program that opened it (uart-open's "at N baud": pppd's speed argument). Other UARTs stay
 * unknown, and a cable compares nothing unknown.
 */
final class UartRates {
    private static final Pattern ESP32_RATE = Pattern.compile("baudrate=(\\d+)");
    private static final Pattern LINUX_RATE = Pattern.compile(" at (\\d+) baud");

    private UartRates() {}

    static void follow(Node node, String uart, UnixSocketLine line, EventLog events) {
        String name = node.name();
        if (node.spec().role() == NodeRole.ESP32 && uart.equals("uart2")) {
            events.listen(event -> {
                if (!event.node().equals(name)) {
                    return;
                }
                if (event.kind() == EventKind.BOARD_UP) {
                    line.baud(0);
                } else if (event.kind() == EventKind.UART2_INIT) {
                    line.baud(rate(ESP32_RATE, event.detail()));
                }
            });
        } else if (node.spec().role().inGuest()) {
            events.of(name, EventKind.UART_OPEN).stream().reduce((first, last) -> last)
                    .ifPresent(opened -> line.baud(rate(LINUX_RATE, opened.detail())));
            events.listen(event -> {
                if (event.node().equals(name) && event.kind() == EventKind.UART_OPEN) {
                    line.baud(rate(LINUX_RATE, event.detail()));
                }
            });
        }
    }

    private static int rate(Pattern pattern, String detail) {
        Matcher m = pattern.matcher(detail);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
