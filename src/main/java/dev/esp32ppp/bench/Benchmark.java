package dev.esp32ppp.bench;

import java.io.PrintStream;

/** One of the harness's figures, measured and printed one line at a time. */
public interface Benchmark {
    /** The name {@code ./harness bench --only} takes. */
    String name();

    void run(PrintStream out);
}
