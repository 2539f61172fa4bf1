package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's folder under the runs folder, named by its start time and what ran (a lab's id), and
 * the files a run leaves there: events.txt, transcript.txt and each node's console log.
 */
public final class RunFolder {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RunFolder() {
    }

    public static Path create(Path runs, String what) throws IOException {
        return Files.createDirectories(runs.resolve(LocalDateTime.now().format(STARTED) + "-" + what));
    }

    /** Every event, the frames alone (the PPP transcript), and each node's console lines. */
    public static void write(Path folder, EventLog events, Map<String, List<String>> consoles) throws IOException {
        events.writeTo(folder.resolve("events.txt"));
        events.writeTranscriptTo(folder.resolve("transcript.txt"));
        for (Map.Entry<String, List<String>> console : consoles.entrySet()) {
            Files.write(folder.resolve(console.getKey() + "-console.log"), console.getValue());
        }
    }
}
