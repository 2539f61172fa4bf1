package dev.esp32ppp.cli;

import dev.esp32ppp.progress.LiveProgress;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.progress.Progress;

/** Whether standard output is a terminal, as the launcher found ({@code [ -t 1 ]}), and the progress that suits it. */
final class Terminal {
    private Terminal() {
    }

    static boolean isTerminal() {
        return Boolean.getBoolean("esp32ppp.tty") && System.getenv("CI") == null;
    }

    static Progress progress() {
        return isTerminal() ? new LiveProgress(System.out) : new PlainProgress(System.out);
    }
}
