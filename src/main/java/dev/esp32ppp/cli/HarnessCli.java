package dev.esp32ppp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./harness}: the command line of the harness. */
@Command(name = "harness", mixinStandardHelpOptions = true, version = "esp32ppp-harness 0.1",
        description = "Reproduces an ESP32 (MicroPython) and a SaxonSoc Linux joined by PPP, in containers.",
        subcommands = {RunCommand.class, ListCommand.class, UpCommand.class, DownCommand.class, ExecCommand.class,
                ConsoleCommand.class, TranscriptCommand.class, DoctorCommand.class, ImagesCommand.class, BenchCommand.class,
                ReportCommand.class})
public final class HarnessCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HarnessCli());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors.Usage());
        return cli;
    }
}
