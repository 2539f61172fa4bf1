package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.ReportFolderLock;
import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * ./harness run --jobs 3 on three scenarios: the three labs run at once (each starts before the
 * first is done), each line says whose it is, and the report's junit.xml checks what a serial
 * run checks, in the same order.
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class ParallelRunTest {
    private static final List<Path> FILES = ShardedRunTest.FILES;

    @Test
    void threeLabsRunAtOnceAndTheReportIsASerialRunsReport() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dapi.version=1.41", "-Desp32ppp.home=" + ProjectHome.path(),
                "-cp", System.getProperty("java.class.path"), HarnessCli.class.getName(), "run", "--jobs", "3"));
        FILES.forEach(file -> command.add(file.toString()));
        Process harness = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(harness.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(harness.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();

        assertThat(harness.exitValue()).as("exit code (one check of one-check-fails fails); output:%n%s", output)
                .isEqualTo(1);
        List<String> lines = output.lines().toList();
        assertThat(lines).contains("running 3 scenarios, up to 3 labs at once (--jobs 3)");
        int firstDone = indexOf(lines, "run files of ");
        for (String scenario : List.of("dns", "masquerade", "one-check-fails")) {
            assertThat(indexOf(lines, "[" + scenario + "] scenario " + scenario + ": starting the lab"))
                    .as("%s's lab starts before the first lab is done", scenario).isBetween(0, firstDone);
        }
        assertThat(lines).anyMatch(line -> line.startsWith("[masquerade] PASS "))
                .anyMatch(line -> line.startsWith("[one-check-fails] FAIL "));
        Path report = Path.of(lines.stream().filter(line -> line.startsWith("report: ")).findFirst().orElseThrow()
                .substring("report: ".length())).getParent();
        assertThat(ShardedRunTest.checks(report.resolve("junit.xml"))).as("the junit.xml's checks")
                .containsExactlyElementsOf(ShardedRunTest.checksOfOneRun(FILES));
    }

    /** The first line holding {@code text}, or -1. */
    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
