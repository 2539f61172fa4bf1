package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.UnixSocketLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a Linux board's UART rate (what its cable compares with the far end's) in step with what
 * its events report: the rate a program that opened the UART names (uart-open's "at N baud", from
 * the program's command line: stty's or pppd's speed); an open that names none leaves the rate
 * as it was, as a tty keeps its speed. Rates announced in a UART's own stream ({@code InBandBaud}:
 * the Linux's pppd, the ESP32's machine.UART(2), the ESP32's power-on) reach the line by
 * themselves, ahead of the first octet sent at them. A cable compares nothing unknown.
 */
final class UartRates {
    private static final Pattern LINUX_RATE = Pattern.compile(" at (\\d+) baud");

    private UartRates() {}

    static void follow(Node node, UnixSocketLine line, EventLog events) {
        if (!node.spec().role().inGuest()) {
            return;
        }
        String name = node.name();
        events.of(name, EventKind.UART_OPEN).stream().reduce((first, last) -> last)
                .ifPresent(opened -> named(opened.detail(), line));
        events.listen(event -> {
            if (event.node().equals(name) && event.kind() == EventKind.UART_OPEN) {
                named(event.detail(), line);
            }
        });
    }

    private static void named(String detail, UnixSocketLine line) {
        Matcher m = LINUX_RATE.matcher(detail);
        if (m.find()) {
            line.baud(Integer.parseInt(m.group(1)));
        }
    }
}
