package dev.esp32ppp.report;

import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where reports go: target/harness-report/RUN/ for each run, and target/harness-report/latest to the newest. */
public final class ReportFolder {
    private ReportFolder() {
    }

    public static Path root() {
        return ProjectHome.path().resolve("target/harness-report");
    }

    /** A new folder for this run's report; {@code latest} now points to it. */
    public static Path next() {
        Path folder = root().resolve(LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)));
        try {
            Files.createDirectories(folder);
            Path latest = root().resolve("latest");
            Files.deleteIfExists(latest);
            Files.createSymbolicLink(latest, folder.getFileName());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a report folder under " + root(), e);
        }
    }
}
