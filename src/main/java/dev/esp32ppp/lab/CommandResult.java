package dev.esp32ppp.lab;

/** What a command run in a node (or its Linux guest) gave back: exit code and output. */
public record CommandResult(int exitCode, String output) {
    public boolean ok() {
        return exitCode == 0;
    }
}
