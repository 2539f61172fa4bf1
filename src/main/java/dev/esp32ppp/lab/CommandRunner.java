package dev.esp32ppp.lab;

import java.util.List;

/** Runs a program on the engine's host; {@link HostCommands} does, a test's fake records instead. */
interface CommandRunner {
    /**
     * Runs {@code command} with {@code input} on its standard input and waits for it.
     *
     * @throws LabException with the program's output when it fails
     */
    void run(List<String> command, String input);
}
