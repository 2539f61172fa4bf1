package dev.esp32ppp.esp32;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which program is the ESP32's network stack in a lab's esp32 node: the Java model of lwIP
 * ({@link ModelMain}, mounted from the harness's classes) or real lwIP (esp32-lwip, built into
 * the esp32 image from Debian's lwip source package, containers/esp32/lwip). The node's
 * start.sh runs the one its {@code ESP32_STACK} names. A scenario file chooses with
 * {@code esp32: {stack: model}}, {@code --stack} on run and up overrides it; without either,
 * the harness's own environment variable {@code ESP32_STACK}, else real lwIP.
 */
public enum Esp32Stack {
    MODEL, LWIP;

    /** The environment variable that names the stack, for the harness and for the node alike. */
    public static final String VARIABLE = "ESP32_STACK";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stack the harness's environment names, real lwIP when it names none. */
    public static Esp32Stack fromEnvironment() {
        String id = System.getenv(VARIABLE);
        return id == null || id.isBlank() ? LWIP : byId(id);
    }

    public static Esp32Stack byId(String id) {
        for (Esp32Stack stack : values()) {
            if (stack.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return stack;
            }
        }
        throw new IllegalArgumentException("unknown ESP32 stack '" + id + "'; known: "
                + Arrays.stream(values()).map(Esp32Stack::id).collect(Collectors.joining(", ")));
    }
}
