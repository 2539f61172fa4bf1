package dev.esp32ppp.ppp;

import java.util.PriorityQueue;

/** A scheduler whose time moves only when told to: for tests and for simulations. */
public final class ManualScheduler implements Scheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    private final class Entry implements Comparable<Entry>, Timer {
        final long due;
        final long order = sequence++;
        final Runnable task;
        boolean cancelled;

        Entry(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            return due != other.due ? Long.compare(due, other.due) : Long.compare(order, other.order);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        Entry entry = new Entry(now + Math.max(0, delayMillis), task);
        queue.add(entry);
        return entry;
    }

    /** Tasks waiting to run (cancelled ones not counted). */
    public int pendingTasks() {
        return (int) queue.stream().filter(entry -> !entry.cancelled).count();
    }

    /** Moves time forward, running every task that falls due on the way, in order. */
    public void advance(long millis) {
        long until = now + millis;
        while (!queue.isEmpty() && queue.peek().due <= until) {
            Entry next = queue.poll();
            now = next.due;
            if (!next.cancelled) {
                next.task.run();
            }
        }
        now = until;
    }
}
