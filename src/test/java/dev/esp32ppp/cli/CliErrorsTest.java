package dev.esp32ppp.cli;

import dev.esp32ppp.ReportFolderLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake on the command line is one line on stderr that says what to do, and exit code 2; no lab starts. */
@Tag("unit")
@ResourceLock(ReportFolderLock.NAME)
class CliErrorsTest {
    @TempDir
    Path nowhere;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run no-such-scenario                 | unknown scenario 'no-such-scenario'; known: ",
        "run --time-scale 0 autostart         | --time-scale must be above 0 and at most 10",
        "run --time-scale 11 autostart        | --time-scale must be above 0 and at most 10",
        "run --profile idf9 autostart         | idf9",
        "run --pppd-kernel kvm autostart      | unknown pppd kernel 'kvm'; known: uml, native",
        "run --pppd-kernel                    | Missing required parameter for option '--pppd-kernel'",
        "run --bogus                          | Unknown option: '--bogus'; see ./harness run --help",
        "run --keep autostart dns             | --keep keeps one lab up",
        "run --keep timing-window             | --keep keeps one lab up",
        "run --serial /nonexistent/ttyUSB0 passthru | no serial port at /nonexistent/ttyUSB0; plug the board in",
        "up autostart dns                     | Unmatched argument",
        "exec                                 | Missing required parameter",
        "transcript --run /nonexistent        | no transcript at /nonexistent/transcript.txt",
        "nonsense                             | Unmatched argument at index 0: 'nonsense'",
        "bench --stacks foo                   | unknown ESP32 stack 'foo'; known: model, lwip",
        "run --pppd 2.4 autostart             | unknown pppd version '2.4'; known: 2.4.9, 2.5.2",
        "up --pppd 2.5 autostart              | unknown pppd version '2.5'; known: 2.4.9, 2.5.2",
        "bench --only link,nope               | unknown benchmark 'nope'; --only takes codec, link, bringup, window, suite",
        "run --shard 0/4                      | --shard 0/4: the shard must be from 1 to the number of shards",
        "run --shard 5/4                      | --shard 5/4: the shard must be from 1 to the number of shards",
        "run --shard 2/0                      | --shard 2/0: the shard must be from 1 to the number of shards",
        "run --shard x                        | --shard 'x' is not K/N",
        "run --jobs 0                         | --jobs 0: give how many labs may run at once, at least 1",
        "run --jobs -2 autostart              | --jobs -2: give how many labs may run at once, at least 1",
        "run --jobs many                      | Invalid value for option '--jobs': 'many' is not an int",
        "report merge                         | Missing required parameter: 'DIR'; see ./harness report merge --help",
        "report merge /nonexistent/shard-1    | no folder at /nonexistent/shard-1",
        "report merge src                     | src is not a report folder: it has no results.yaml",
    })
    void aMistakeIsOneLineAndExitTwo(String args, String says) throws IOException {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        List<Path> reportsBefore = reports();

        int exit = HarnessCli.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(out, true))
                .execute(args.strip().split(" +"));

        assertThat(exit).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.toString()).startsWith("harness: ").contains(says.strip()).hasLineCount(1);
        assertThat(reports()).as("report folders").isEqualTo(reportsBefore);
    }

    private static List<Path> reports() throws IOException {
        if (!Files.isDirectory(ReportFolder.root())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(ReportFolder.root())) {
            return folders.sorted().toList();
        }
    }

    @Test
    void mergingTwoShardsThatHoldTheSameScenarioIsRefused() throws IOException {
        ScenarioResult result = new ScenarioResult(ScenarioFile.load(ScenarioFile.folder().resolve("dns.yaml")),
                List.of(CheckResult.pass("resolves")), List.of(), List.of());
        Path one = nowhere.resolve("shard-1");
        Path two = nowhere.resolve("shard-2");
        ReportWriter.write(List.of(result), one);
        ReportWriter.write(List.of(result), two);

        aMistakeIsOneLineAndExitTwo("report merge " + one + " " + two,
                "scenario dns is in both " + one + " and " + two + ": give each shard's folder once");
    }

    private Process harness(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HarnessCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("CI_NODE_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String oneLineAndExitTwo(Process process) throws IOException, InterruptedException {
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.lines().filter(line -> line.startsWith("harness: "))).hasSize(1);
        return err;
    }

    @Test
    void withoutADockerEngineRunSaysHowToGetOne() throws IOException, InterruptedException {
        String err = oneLineAndExitTwo(harness(Map.of("DOCKER_HOST", "unix://" + nowhere.resolve("docker.sock")),
                "run", "autostart"));

        assertThat(err).contains("no Docker engine answers", "./ci/bootstrap-host.sh");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "                                  | --shard auto needs CI_NODE_INDEX and CI_NODE_TOTAL",
        "CI_NODE_INDEX=5 CI_NODE_TOTAL=4   | CI_NODE_INDEX/CI_NODE_TOTAL 5/4: the shard must be from 1",
        "CI_NODE_INDEX=two CI_NODE_TOTAL=4 | CI_NODE_INDEX/CI_NODE_TOTAL 'two/4' is not K/N",
    })
    void shardAutoTakesGitLabsVariablesOrSaysWhatIsWrongWithThem(String variables, String says)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>();
        for (String variable : variables == null ? new String[0] : variables.strip().split(" +")) {
            environment.put(variable.split("=")[0], variable.split("=")[1]);
        }

        assertThat(oneLineAndExitTwo(harness(environment, "run", "--shard", "auto"))).contains(says);
    }
}
