package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Progress for logs (CI, a pipe): a plain line, naming the lab, each time one of its nodes changes phase. */
public final class PlainProgress implements Progress {
    private final PrintStream out;

    public PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void line(String text) {
        out.println(text);
    }

    @Override
    public LabWatch labStarting(String title, List<String> nodes) {
        NodePhases phases = new NodePhases(nodes);
        return new LabWatch() {
            @Override
            public void event(Event event) {
                NodePhases.Phase phase = phases.follow(event);
                if (phase != null) {
                    out.println(String.format(Locale.ROOT, "  %-16s %7.1f s  %-9s %s", title,
                            phase.since().toMillis() / 1000.0, event.node(), phase.shown()));
                }
            }

            @Override
            public void done() {
                // a log keeps its lines
            }
        };
    }
}
