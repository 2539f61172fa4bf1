package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress for a terminal: one line per node with its phase and the lab's elapsed time,
 * redrawn in place a few times a second; other lines are printed above the block.
 */
public final class LiveProgress implements Progress {
    private static final String UP_ONE_LINE = "\u001b[1A";
    private static final String CLEAR_LINE = "\r\u001b[2K";

    private final PrintStream out;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-progress");
        thread.setDaemon(true);
        return thread;
    });
    private NodePhases phases;
    private String title;
    private long startNanos;
    private int drawnLines;

    public LiveProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::redraw, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void line(String text) {
        erase();
        out.println(text);
        draw();
    }

    @Override
    public synchronized void labStarting(String title, List<String> nodes) {
        erase();
        this.title = title;
        this.phases = new NodePhases(nodes);
        this.startNanos = System.nanoTime();
        draw();
    }

    @Override
    public void event(Event event) {
        NodePhases current;
        synchronized (this) {
            current = phases;
        }
        if (current != null) {
            current.follow(event);
        }
    }

    @Override
    public synchronized void labDone() {
        erase();
        phases = null;
    }

    private synchronized void redraw() {
        erase();
        draw();
    }

    private void erase() {
        for (int i = 0; i < drawnLines; i++) {
            out.print(UP_ONE_LINE + CLEAR_LINE);
        }
        drawnLines = 0;
    }

    private void draw() {
        if (phases == null) {
            return;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        out.println(String.format(Locale.ROOT, "  %s  %.1f s", title, elapsed.toMillis() / 1000.0));
        Map<String, NodePhases.Phase> snapshot = phases.snapshot();
        snapshot.forEach((node, phase) -> out.println(String.format(Locale.ROOT, "    %-9s %-28s since %6.1f s", node,
                phase.shown(), phase.since().toMillis() / 1000.0)));
        drawnLines = 1 + snapshot.size();
        out.flush();
    }
}
