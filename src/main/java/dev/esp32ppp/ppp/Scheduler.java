package dev.esp32ppp.ppp;

/**
 * Time for the protocol core, injected so that tests run without waiting: a clock and one-shot
 * timers. All callbacks of one link run on one thread; implementations must keep it so.
 */
public interface Scheduler {
    long nowMillis();

    /** Runs {@code task} once after {@code delayMillis}; the handle cancels it. */
    Timer schedule(long delayMillis, Runnable task);

    interface Timer {
        void cancel();
    }
}
