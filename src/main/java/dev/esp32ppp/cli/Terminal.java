package dev.esp32ppp.cli;

import dev.esp32ppp.progress.LiveProgress;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.progress.Progress;

/** What the launcher found about the terminal ({@code [ -t 1 ]}, {@code [ -t 0 ]}), and the progress that suits it. */
final class Terminal {
    private Terminal() {
    }

    static boolean isTerminal() {
        return Boolean.getBoolean("esp32ppp.tty") && System.getenv("CI") == null;
    }

    /** Whether keys come from a terminal ({@code [ -t 0 ]}): then the console puts it in raw mode. */
    static boolean hasKeyboard() {
        return Boolean.getBoolean("esp32ppp.keyboard") && Boolean.getBoolean("esp32ppp.tty");
    }

    static Progress progress() {
        return isTerminal() ? new LiveProgress(System.out) : new PlainProgress(System.out);
    }
}
