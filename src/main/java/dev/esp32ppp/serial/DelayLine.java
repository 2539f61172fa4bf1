package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventLog;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A long wire: holds every slice of bytes for the same time on the lab's clock, then hands it on,
 * in order, from its own thread. The bytes keep the spacing they came in with.
 */
final class DelayLine implements AutoCloseable {
    /** Where the bytes go when their time has come. */
    interface Out {
        void accept(byte[] bytes) throws IOException;
    }

    private record Slice(Duration due, byte[] bytes) {
    }

    private final Duration delay;
    private final EventLog clock;
    private final Out out;
    private final BlockingQueue<Slice> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    DelayLine(String name, Duration delay, EventLog clock, Out out) {
        this.delay = delay;
        this.clock = clock;
        this.out = out;
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this::run);
    }

    DelayLine start() {
        thread.start();
        return this;
    }

    void send(byte[] data, int off, int len) {
        queue.add(new Slice(clock.now().plus(delay), Arrays.copyOfRange(data, off, off + len)));
    }

    private void run() {
        try {
            while (true) {
                Slice slice = queue.take();
                if (!clock.sleepUntil(slice.due())) {
                    return;
                }
                try {
                    out.accept(slice.bytes());
                } catch (IOException e) {
                    // the far end is gone (or being replaced): these bytes are lost, as on a real wire
                }
            }
        } catch (InterruptedException e) {
            // the cable is closed
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
