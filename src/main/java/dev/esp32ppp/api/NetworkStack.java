package dev.esp32ppp.api;

import dev.esp32ppp.esp32.Esp32Stack;

/** What runs the ESP32's PPP and TCP/IP: real lwIP (the default) or the harness's Java model of it. */
public enum NetworkStack {
    /** lwIP 2.1.3 built from Debian's source package with ESP-IDF v3.3.2's options. */
    LWIP(Esp32Stack.LWIP),
    /** The harness's Java model of lwIP's PPP, held equal to lwIP by a differential test. */
    MODEL(Esp32Stack.MODEL);

    private final Esp32Stack stack;

    NetworkStack(Esp32Stack stack) {
        this.stack = stack;
    }

    Esp32Stack stack() {
        return stack;
    }
}
