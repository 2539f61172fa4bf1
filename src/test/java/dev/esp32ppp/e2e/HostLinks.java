package dev.esp32ppp.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The network interfaces in this machine's own namespace, where no lab puts any. */
final class HostLinks {
    private HostLinks() {
    }

    /** The names of the machine's interfaces, as {@code ip -o link show} lists them. */
    static List<String> names() {
        try {
            Process list = new ProcessBuilder("ip", "-o", "link", "show").redirectErrorStream(true).start();
            String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (list.waitFor() != 0) {
                throw new IllegalStateException("ip -o link show failed: " + output);
            }
            return output.lines().map(line -> line.split(": ")[1].replaceAll("@.*", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
