package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress for a terminal: for each running lab a line with its title and elapsed time, then one
 * line per node with its phase, redrawn in place a few times a second; other lines are printed
 * above the blocks.
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
    private final List<Block> blocks = new ArrayList<>();
    private int drawnLines;

    public LiveProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::redraw, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** One lab's lines. */
    private final class Block implements LabWatch {
        private final String title;
        private final NodePhases phases;
        private final long startNanos = System.nanoTime();

        Block(String title, List<String> nodes) {
            this.title = title;
            this.phases = new NodePhases(nodes);
        }

        @Override
        public void event(Event event) {
            phases.follow(event);
        }

        @Override
        public void done() {
            synchronized (LiveProgress.this) {
                erase();
                blocks.remove(this);
                draw();
            }
        }

        /** Prints the lab's lines; returns how many. */
        int print() {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            out.println(String.format(Locale.ROOT, "  %s  %.1f s", title, elapsed.toMillis() / 1000.0));
            Map<String, NodePhases.Phase> snapshot = phases.snapshot();
            snapshot.forEach((node, phase) -> out.println(String.format(Locale.ROOT, "    %-9s %-28s since %6.1f s",
                    node, phase.shown(), phase.since().toMillis() / 1000.0)));
            return 1 + snapshot.size();
        }
    }

    @Override
    public synchronized void line(String text) {
        erase();
        out.println(text);
        draw();
    }

    @Override
    public synchronized LabWatch labStarting(String title, List<String> nodes) {
        erase();
        Block block = new Block(title, nodes);
        blocks.add(block);
        draw();
        return block;
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
        for (Block block : blocks) {
            drawnLines += block.print();
        }
        out.flush();
    }
}
