package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake on the command line is one line on stderr that says what to do, and exit code 2; no lab starts. */
@Tag("unit")
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
        "bench --only link,nope               | unknown benchmark 'nope'; --only takes codec, link, bringup, window",
    })
    void aMistakeIsOneLineAndExitTwo(String args, String says) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();

        int exit = HarnessCli.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(out, true))
                .execute(args.strip().split(" +"));

        assertThat(exit).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.toString()).startsWith("harness: ").contains(says.strip()).hasLineCount(1);
    }

    @Test
    void withoutADockerEngineRunSaysHowToGetOne() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HarnessCli.class.getName(), "run", "autostart")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DOCKER_HOST", "unix://" + nowhere.resolve("docker.sock"));
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(OneLineErrors.USER_ERROR);
        assertThat(err.lines().filter(line -> line.startsWith("harness: "))).singleElement().asString()
                .contains("no Docker engine answers", "./ci/bootstrap-host.sh");
    }
}
