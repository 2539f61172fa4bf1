package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.UnixSocketLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a board UART's baud rate (what its cable compares with the far end's) in step with what
 * the board reports by its events; the rate a node announces in the UART's own stream (the
 * ESP32's machine.UART(2), the Linux's pppd: {@code InBandBaud}) reaches the line by itself, ahead
 * of the first octet sent at it. The ESP32's UART2 is unknown again after each power-on, until
 * the board's code sets it. A Linux's UART takes the rate a program that opened it names
 * (uart-open's "at N baud", from the program's command line: stty's or pppd's speed); an open
 * that names none leaves the rate as it was, as a tty keeps its speed. A cable compares nothing
 * unknown.
 */
final class UartRates {
    private static final Pattern LINUX_RATE = Pattern.compile(" at (\\d+) baud");

    private UartRates() {}

    static void follow(Node node, String uart, UnixSocketLine line, EventLog events) {
        String name = node.name();
        if (node.spec().role() == NodeRole.ESP32 && uart.equals("uart2")) {
            events.listen(event -> {
                if (event.node().equals(name) && event.kind() == EventKind.BOARD_UP) {
                    line.baud(0);
                }
            });
        } else if (node.spec().role().inGuest()) {
            events.of(name, EventKind.UART_OPEN).stream().reduce((first, last) -> last)
                    .ifPresent(opened -> named(opened.detail(), line));
            events.listen(event -> {
                if (event.node().equals(name) && event.kind() == EventKind.UART_OPEN) {
                    named(event.detail(), line);
                }
            });
        }
    }

    private static void named(String detail, UnixSocketLine line) {
        Matcher m = LINUX_RATE.matcher(detail);
        if (m.find()) {
            line.baud(Integer.parseInt(m.group(1)));
        }
    }
}
