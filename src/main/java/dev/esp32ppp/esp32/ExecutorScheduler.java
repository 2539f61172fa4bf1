package dev.esp32ppp.esp32;

import dev.esp32ppp.ppp.Scheduler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real time on one thread: the link's timers and everything that touches the link run here. */
public final class ExecutorScheduler implements Scheduler {
    private final ScheduledExecutorService executor;

    /** @param threadName the name of the one thread, a daemon */
    public ExecutorScheduler(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public long nowMillis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(guarded(task), delayMillis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Runs a task on the link's thread as soon as it is free. */
    public void execute(Runnable task) {
        executor.execute(guarded(task));
    }

    /** Runs a task on the link's thread; the future completes when it has run. */
    public CompletableFuture<Void> submit(Runnable task) {
        return CompletableFuture.runAsync(guarded(task), executor);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // one bad packet or command must not stop the board
                System.out.println("model: " + e);
            }
        };
    }
}
