package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import dev.esp32ppp.report.ResultsFile;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harness report merge} of shards' report folders (made here without a lab): one new
 * report and junit.xml, the scenarios in the order one machine runs them, exit 1 when a check failed.
 */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class ReportMergeTest {
    @TempDir
    Path shards;

    private Path latestBefore;
    private List<Path> reportsBefore;

    @BeforeEach
    void rememberTheReports() throws IOException {
        Path latest = ReportFolder.root().resolve("latest");
        latestBefore = Files.isSymbolicLink(latest) ? Files.readSymbolicLink(latest) : null;
        reportsBefore = reports();
    }

    /** The merges made here are no run's: gone again, and latest as it was. */
    @AfterEach
    void removeTheMergedReports() throws IOException {
        for (Path made : reports()) {
            if (!reportsBefore.contains(made) && !made.endsWith("latest")) {
                try (Stream<Path> files = Files.walk(made)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        Path latest = ReportFolder.root().resolve("latest");
        Files.deleteIfExists(latest);
        if (latestBefore != null) {
            Files.createSymbolicLink(latest, latestBefore);
        }
    }

    private static List<Path> reports() throws IOException {
        try (Stream<Path> folders = Files.isDirectory(ReportFolder.root()) ? Files.list(ReportFolder.root()) : Stream.empty()) {
            return folders.toList();
        }
    }

    private static ScenarioResult result(String file, CheckResult... checks) {
        return new ScenarioResult(ScenarioFile.load(ProjectHome.path().resolve(file)), List.of(checks), List.of(), List.of());
    }

    private Path shard(String name, ScenarioResult... results) {
        return ReportWriter.write(List.of(results), shards.resolve(name)).getParent();
    }

    static List<String> suites(Path junit) throws IOException {
        Matcher m = Pattern.compile("<testsuite [^>]*name=\"([^\"]+)\"").matcher(Files.readString(junit));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void theMergeIsOneReportInTheOrderOfARunOfAllAndFailsWhenACheckFailed() throws IOException {
        Path one = shard("shard-1", result("src/test/resources/scenarios/one-check-fails.yaml",
                CheckResult.pass("the Linux has ppp0"), CheckResult.fail("the default route", "it did not")),
                result("fixtures/scenarios/masquerade.yaml", CheckResult.pass("curl through the masquerade")));
        Path two = shard("shard-2", result("fixtures/scenarios/dns.yaml", CheckResult.pass("resolves")));

        int exit = HarnessCli.commandLine().execute("report", "merge", one.toString(), two.toString());

        Path merged = ReportFolder.root().resolve("latest").toRealPath();
        assertThat(exit).as("exit code of a merge with a failed check").isEqualTo(1);
        assertThat(reports()).as("one new report folder (and latest)").hasSize(reportsBefore.size()
                + (latestBefore == null ? 2 : 1));
        assertThat(suites(merged.resolve("junit.xml"))).containsExactly("dns", "masquerade", "one-check-fails");
        assertThat(Files.readString(merged.resolve("index.html"))).contains("2 of 3 scenarios passed", ">dns<",
                ">masquerade<", ">one-check-fails<");
        assertThat(ResultsFile.read(merged)).extracting(r -> r.scenario().name())
                .containsExactly("dns", "masquerade", "one-check-fails");
    }

    @Test
    void aMergeOfPassedShardsExitsZero() {
        Path one = shard("shard-1", result("fixtures/scenarios/dns.yaml", CheckResult.pass("resolves")));

        assertThat(HarnessCli.commandLine().execute("report", "merge", one.toString())).isZero();
    }
}
