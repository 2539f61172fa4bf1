package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.LineSelector;
import dev.esp32ppp.serial.SerialLine;

/**
 * The passthru setup of the field notes: the pc's USB serial reaches the ESP32's UART0 (the
 * REPL, SW1=ON) or UART2 (PPP, SW1=OFF); on the pc the port is held by a person's terminal or
 * by pppd.
 */
public final class Passthru {
    private final LineSelector esp32Side;
    private final LineSelector pcSide;
    private final SerialLine uart0;
    private final SerialLine uart2;
    private final SerialLine pcPort;
    private final EventLog events;

    Passthru(LineSelector esp32Side, LineSelector pcSide, SerialLine uart0, SerialLine uart2, SerialLine pcPort,
             EventLog events) {
        this.esp32Side = esp32Side;
        this.pcSide = pcSide;
        this.uart0 = uart0;
        this.uart2 = uart2;
        this.pcPort = pcPort;
        this.events = events;
    }

    /** SW1=ON: the REPL on UART0; OFF: the PPP line on UART2. */
    public void sw1(boolean on) {
        esp32Side.select(on ? uart0 : uart2);
        events.record("harness", EventKind.DIP_SWITCH, on ? "SW1=ON (UART0, REPL)" : "SW1=OFF (UART2, PPP)");
    }

    /** A terminal (screen, jSerialComm) on the pc holds the port. */
    public void terminal(SerialLine terminal) {
        pcSide.select(terminal);
        events.record("harness", EventKind.TERMINAL, "opened on the pc's serial port");
    }

    /** The terminal is closed; programs on the pc (pppd) have the port. */
    public void closeTerminal() {
        pcSide.select(pcPort);
        events.record("harness", EventKind.TERMINAL, "closed; the pc's programs have the port");
    }
}
