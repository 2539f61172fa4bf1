package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.scenario.CheckResult;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs scenarios (all of them by default) and prints each check's result; exit 0 only if all passed. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios (default: all in fixtures/scenarios) on the lab and print each check.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "scenario names (see list) or .yaml files")
    List<String> names;

    @Option(names = "--time-scale", description = "factor for the long waits instead of the scenario's (0 < x <= 10)")
    Double timeScale;

    @Option(names = "--full-time", description = "the field timings (time scale 1: SaxonSoc boots 50 s)")
    boolean fullTime;

    @Option(names = "--profile", converter = ProfileConverter.class,
            description = "ESP32 firmware instead of the scenario's: idf3-official, pnr5-ipforward or lwip-source")
    FirmwareProfile firmware;

    /** Turns a profile id into the profile; an unknown id is a usage error naming the known ones. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<FirmwareProfile> {
        @Override
        public FirmwareProfile convert(String id) {
            try {
                return FirmwareProfile.byId(id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        if (timeScale != null && !(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("--time-scale must be above 0 and at most 10, was " + timeScale);
        }
        List<Scenario> scenarios = ScenarioNames.load(names).stream().map(this::adjusted).toList();
        ScenarioRunner runner = new ScenarioRunner(LabConfig.defaultRunsFolder(), System.out);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioResult result = runner.run(scenario);
            results.add(result);
            System.out.println("  run files: " + result.runFolder());
        }
        System.out.println();
        for (ScenarioResult result : results) {
            long failed = result.checks().stream().filter(c -> !c.passed()).count();
            System.out.printf("%-4s %-24s %d/%d checks passed%n", result.passed() ? "PASS" : "FAIL",
                    result.scenario().name(), result.checks().size() - failed, result.checks().size());
            result.checks().stream().filter(c -> !c.passed()).map(CheckResult::reason)
                    .forEach(reason -> System.out.println("       " + reason));
        }
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }

    private Scenario adjusted(Scenario s) {
        double scale = fullTime ? 1.0 : timeScale != null ? timeScale : s.timeScale();
        FirmwareProfile profile = firmware != null ? firmware : s.firmware();
        return new Scenario(s.name(), s.description(), s.file(), profile, scale, s.flash(), s.mainPy(), s.s30ppp(),
                s.lanhost(), s.waits(), s.recipes(), s.checks(), s.sweep(), s.passthru(), s.baud(), s.noise(),
                s.impairments());
    }
}
