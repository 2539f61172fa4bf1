package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.steps.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A run in two shards on one machine (./harness run --shard 1/2 and 2/2), then ./harness report
 * merge of their report folders: the merged junit.xml checks what one run of the same files
 * checks, in its order, and the merged page names every scenario. Three labs in all.
 */
@Tag("e2e")
@ResourceLock(ReportFolderLock.NAME)
class ShardedRunTest {
    /** In the order ./harness run takes them (by file name); one check of one-check-fails fails. */
    static final List<Path> FILES = List.of(ProjectHome.fixtures().resolve("scenarios/dns.yaml"),
            ProjectHome.fixtures().resolve("scenarios/masquerade.yaml"),
            ProjectHome.path().resolve("src/test/resources/scenarios/one-check-fails.yaml"));

    @Test
    void twoShardsMergedCheckWhatOneRunOfAllChecks() throws Exception {
        Path first = shard("1/2");
        Path second = shard("2/2");

        int exit = HarnessCli.commandLine().execute("report", "merge", first.toString(), second.toString());

        Path merged = ReportFolder.root().resolve("latest").toRealPath();
        List<String> one = ReportMergeTest.suites(first.resolve("junit.xml"));
        List<String> two = ReportMergeTest.suites(second.resolve("junit.xml"));
        assertThat(one).as("shard 1/2").isNotEmpty().doesNotContainAnyElementsOf(two);
        assertThat(two).as("shard 2/2").isNotEmpty();
        assertThat(exit).as("exit code of the merge: a check failed").isEqualTo(1);
        assertThat(checks(merged.resolve("junit.xml"))).as("the merged junit.xml's checks")
                .containsExactlyElementsOf(checksOfOneRun(FILES));
        String page = Files.readString(merged.resolve("index.html"));
        assertThat(FILES).allSatisfy(file -> assertThat(page).contains(">" + ScenarioFile.load(file).name() + "<"));
    }

    private static Path shard(String shard) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--shard", shard));
        FILES.forEach(file -> args.add(file.toString()));

        int exit = HarnessCli.commandLine().execute(args.toArray(String[]::new));

        assertThat(exit).as("exit code of shard %s", shard).isIn(0, 1);
        return ReportFolder.root().resolve("latest").toRealPath();
    }

    /** What one run of the files checks: each scenario's checks by the names in its file ("scenario: check"). */
    static List<String> checksOfOneRun(List<Path> files) {
        return files.stream().map(ScenarioFile::load).flatMap(ShardedRunTest::checksOf).toList();
    }

    private static Stream<String> checksOf(Scenario scenario) {
        Steps steps = scenario.steps();
        assertThat(steps.sweep() == null && steps.person() == null && scenario.sideBySide() == null)
                .as("%s has one check a check of its file", scenario.name()).isTrue();
        return steps.checks().stream().map(check -> scenario.name() + ": " + check.name());
    }

    /** The test cases of a junit.xml as "scenario: check", in the file's order. */
    static List<String> checks(Path junit) throws Exception {
        NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase");
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            checks.add(c.getAttribute("classname").replaceFirst("^scenario\\.", "") + ": " + c.getAttribute("name"));
        }
        return checks;
    }
}
