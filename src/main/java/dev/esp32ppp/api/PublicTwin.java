package dev.esp32ppp.api;

import java.util.function.Function;

/** The public enum values that stand for the harness's internal ones. */
final class PublicTwin {
    private PublicTwin() {
    }

    /** The value among {@code values} that stands for {@code internal}. */
    static <E, T> E of(E[] values, Function<E, T> standsFor, T internal) {
        for (E value : values) {
            if (standsFor.apply(value) == internal) {
                return value;
            }
        }
        throw new IllegalStateException("no public value stands for " + internal);
    }
}
