package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harness run} when an image is missing: one line naming the image and the command that
 * builds it, exit 2, no lab. The project is copied with one container file changed, so that the
 * images it asks for (tagged by their inputs' hash) were never built.
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class MissingImageTest {
    @TempDir
    Path home;

    @Test
    void aMissingImageIsOneLineWithTheCommandThatBuildsIt() throws IOException, InterruptedException {
        copy(ProjectHome.path().resolve("containers"), home.resolve("containers"));
        Files.writeString(home.resolve("containers/router/start.sh"), "\n# changed by MissingImageTest\n",
                StandardOpenOption.APPEND);
        Files.createSymbolicLink(home.resolve("fixtures"), ProjectHome.fixtures());

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Desp32ppp.home=" + home, "-Dapi.version=1.41", "-cp", System.getProperty("java.class.path"),
                HarnessCli.class.getName(), "run", "autostart").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.lines().filter(line -> line.startsWith("harness: "))).singleElement().asString()
                .containsPattern("image esp32ppp/router:\\w+ for node router is missing; build it with ./harness images");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
