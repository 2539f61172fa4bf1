package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the PPP frames the sniffer saw in the last run (or in a given run folder), in pppd's notation. */
@Command(name = "transcript", mixinStandardHelpOptions = true,
        description = "Print the PPP frames of the last run, one a line: time, sender, frame in pppd's notation.")
final class TranscriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "FOLDER", description = "a run folder under target/harness-runs instead of the last")
    Path run;

    @Override
    public Integer call() {
        Path transcript = (run != null ? run : lastRun()).resolve("transcript.txt");
        if (!Files.isRegularFile(transcript)) {
            throw new LabException("no transcript at " + transcript + "; give a folder under target/harness-runs");
        }
        try (Stream<String> lines = Files.lines(transcript)) {
            lines.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The run whose transcript was written last (runs end in another order than they start). */
    private static Path lastRun() {
        Path runs = LabConfig.defaultRunsFolder();
        try (Stream<Path> folders = Files.isDirectory(runs) ? Files.list(runs) : Stream.empty()) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("transcript.txt")))
                    .max(Comparator.comparing(TranscriptCommand::written))
                    .orElseThrow(() -> new LabException("no run has a transcript yet; ./harness run makes one"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime written(Path run) {
        try {
            return Files.getLastModifiedTime(run.resolve("transcript.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
