package dev.esp32ppp.serial;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Stretches of time on the lab's clock when something is on (the cable unplugged, a noise
 * burst): windows given one by one, and windows that repeat at a period. Windows never overlap;
 * each one is open from its start up to, not including, its end.
 */
public final class TimeWindows {
    public static final TimeWindows NONE = new TimeWindows(List.of(), null);
    /** The end of a repeat that goes on as long as the lab does. */
    public static final Duration FOREVER = Duration.ofDays(365_000);

    /** One stretch of time, from {@code start} up to {@code end}. */
    public record Window(Duration start, Duration end) {
        public Window {
            if (start.isNegative() || end.compareTo(start) <= 0) {
                throw new IllegalArgumentException("a time window starts at 0 s or later and lasts more than 0 s, was "
                        + seconds(start) + " s for " + seconds(end.minus(start)) + " s");
            }
        }

        public Duration length() {
            return end.minus(start);
        }
    }

    /** A window of {@code length} every {@code every}, the first at {@code from}, none starting at or after {@code until}. */
    public record Repeat(Duration from, Duration every, Duration length, Duration until) {
        public Repeat {
            if (from.isNegative() || !every.isPositive() || !length.isPositive() || until.compareTo(from) <= 0) {
                throw new IllegalArgumentException("a repeat starts at 0 s or later, has a positive period and "
                        + "length, and ends after it starts");
            }
            if (length.compareTo(every) >= 0) {
                throw new IllegalArgumentException("each window (" + seconds(length) + " s) must be shorter than the "
                        + "period (" + seconds(every) + " s)");
            }
        }

        /** The first window that ends after {@code t}, or null. */
        Window next(Duration t) {
            long k = t.compareTo(from) <= 0 ? 0 : t.minus(from).dividedBy(every);
            Duration start = from.plus(every.multipliedBy(k));
            if (start.plus(length).compareTo(t) <= 0) {
                start = start.plus(every);
            }
            return start.compareTo(until) < 0 ? new Window(start, start.plus(length)) : null;
        }
    }

    private final List<Window> once;
    private final Repeat repeat;

    private TimeWindows(List<Window> once, Repeat repeat) {
        this.once = List.copyOf(once);
        this.repeat = repeat;
    }

    public static TimeWindows repeating(Repeat repeat) {
        return new TimeWindows(List.of(), repeat);
    }

    /** These windows and one more. @throws IllegalArgumentException when it overlaps one of them */
    public TimeWindows with(Window window) {
        Window clash = next(window.start());
        if (clash != null && clash.start().compareTo(window.end()) < 0) {
            throw new IllegalArgumentException("the window at " + seconds(window.start()) + " s for "
                    + seconds(window.length()) + " s overlaps the one at " + seconds(clash.start()) + " s for "
                    + seconds(clash.length()) + " s");
        }
        List<Window> more = new ArrayList<>(once);
        more.add(window);
        more.sort(Comparator.comparing(Window::start));
        return new TimeWindows(more, repeat);
    }

    public boolean isEmpty() {
        return once.isEmpty() && repeat == null;
    }

    /** The window open at {@code t}, or null. */
    public Window at(Duration t) {
        Window next = next(t);
        return next != null && next.start().compareTo(t) <= 0 ? next : null;
    }

    /** The first window that ends after {@code t}: the one open at {@code t}, else the next one; null when none is left. */
    public Window next(Duration t) {
        Window first = once.stream().filter(w -> w.end().compareTo(t) > 0).findFirst().orElse(null);
        Window repeated = repeat == null ? null : repeat.next(t);
        if (first == null || repeated != null && repeated.start().compareTo(first.start()) < 0) {
            return repeated;
        }
        return first;
    }

    /** The first moment after {@code t} when a window opens or closes, or null when nothing changes any more. */
    public Duration nextChange(Duration t) {
        Window next = next(t);
        if (next == null) {
            return null;
        }
        return next.start().compareTo(t) > 0 ? next.start() : next.end();
    }

    /** Windows are values: the same windows once and the same repetition are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TimeWindows windows && once.equals(windows.once) && Objects.equals(repeat, windows.repeat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(once, repeat);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        once.forEach(w -> parts.add(seconds(w.start()) + " s for " + seconds(w.length()) + " s"));
        if (repeat != null) {
            parts.add(seconds(repeat.length()) + " s every " + seconds(repeat.every()) + " s from "
                    + seconds(repeat.from()) + " s" + (repeat.until().equals(FOREVER) ? "" : " until " + seconds(repeat.until()) + " s"));
        }
        return String.join(", ", parts);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9).replaceAll("\\.?0+$", "");
    }
}
