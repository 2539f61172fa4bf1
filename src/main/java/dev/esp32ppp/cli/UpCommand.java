package dev.esp32ppp.cli;

import dev.esp32ppp.scenario.Jobs;
import dev.esp32ppp.scenario.Scenario;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Brings a scenario's lab up and keeps it up for poking: {@code run --keep} of one scenario, autostart by default. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Bring a scenario's lab up (default: autostart), run its checks, and keep it up for exec and "
                + "console until ./harness down or Ctrl-C.")
final class UpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = "autostart", description = "scenario name or .yaml file")
    String name;

    @Mixin
    LabOptions options;

    @Option(names = "--check-only", hidden = true,
            description = "check the command line and stop: the launcher's first pass, before it readies the machine")
    boolean checkOnly;

    @Override
    public Integer call() {
        options.check();
        List<Scenario> scenario = options.applyTo(ScenarioNames.load(List.of(name)));
        RunCommand.refuseToKeepUnlessOneLab(scenario);
        if (checkOnly) {
            return 0;
        }
        return RunCommand.runAndReport(scenario, true, Jobs.ONE);
    }
}
