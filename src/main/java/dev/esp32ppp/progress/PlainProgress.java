package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Progress for logs (CI, a pipe): a plain line each time a node changes phase. */
public final class PlainProgress implements Progress {
    private final PrintStream out;
    private volatile NodePhases phases = new NodePhases(List.of());

    public PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void line(String text) {
        out.println(text);
    }

    @Override
    public void labStarting(String title, List<String> nodes) {
        phases = new NodePhases(nodes);
    }

    @Override
    public void event(Event event) {
        NodePhases.Phase phase = phases.follow(event);
        if (phase != null) {
            out.println(String.format(Locale.ROOT, "  %7.1f s  %-9s %s", phase.since().toMillis() / 1000.0,
                    event.node(), phase.shown()));
        }
    }

    @Override
    public void labDone() {
        phases = new NodePhases(List.of());
    }
}
