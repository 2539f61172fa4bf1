package dev.esp32ppp.api;

/**
 * What a command run on a node gave back.
 *
 * @param exitCode its exit code; 124 when it did not end in time
 * @param output what it printed, standard output then standard error
 */
public record ExecResult(int exitCode, String output) {
    /** Whether it exited 0. */
    public boolean ok() {
        return exitCode == 0;
    }
}
