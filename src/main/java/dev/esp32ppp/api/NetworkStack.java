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

    /**
     * The stack by the id scenario files and the command line give it, e.g. {@code lwip}.
     *
     * @throws IllegalArgumentException naming the known ids, for another
     */
    public static NetworkStack byId(String id) {
        return PublicTwin.of(values(), NetworkStack::stack, Esp32Stack.byId(id));
    }

    Esp32Stack stack() {
        return stack;
    }
}
