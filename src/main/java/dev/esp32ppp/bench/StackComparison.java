package dev.esp32ppp.bench;

import dev.esp32ppp.esp32.Esp32Stack;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One figure (a goodput, a time to give up) measured on each chosen ESP32 stack in turn, in the
 * same run, and the line that sets real lwIP's beside the model's once both were measured.
 */
final class StackComparison {
    private final Map<Esp32Stack, Double> figures = new EnumMap<>(Esp32Stack.class);

    void add(Esp32Stack stack, double figure) {
        figures.put(stack, figure);
    }

    /**
     * E.g. {@code link: 115200 baud, lwip/model goodput 0.9953}: {@code row} and {@code what}
     * name the figure; nothing unless both stacks were measured.
     */
    Optional<String> ratioLine(String row, String what) {
        if (!figures.containsKey(Esp32Stack.LWIP) || !figures.containsKey(Esp32Stack.MODEL)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s, lwip/model %s %.4f", row, what,
                figures.get(Esp32Stack.LWIP) / figures.get(Esp32Stack.MODEL)));
    }
}
