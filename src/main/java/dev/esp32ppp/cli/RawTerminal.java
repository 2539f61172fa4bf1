package dev.esp32ppp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Puts the terminal in raw mode (keys go through as typed: Ctrl-C to the board) and back, with stty. */
final class RawTerminal {
    private RawTerminal() {
    }

    /** Returns the settings to restore. */
    static String enter() throws IOException {
        String saved = stty("-g").strip();
        stty("raw", "-echo");
        return saved;
    }

    static void restore(String saved) throws IOException {
        stty(saved);
    }

    private static String stty(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the terminal", e);
        }
    }
}
