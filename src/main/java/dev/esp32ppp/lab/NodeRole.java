package dev.esp32ppp.lab;

import java.util.Locale;

/** What a node is; each role has its own image, built from {@code containers/<role>}. */
public enum NodeRole {
    SAXONSOC, ESP32, ROUTER, INTERNET, LANHOST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
