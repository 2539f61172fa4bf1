package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.progress.Progress;
import dev.esp32ppp.report.ReportFolder;
import dev.esp32ppp.report.ReportWriter;
import dev.esp32ppp.scenario.BoardOnSerial;
import dev.esp32ppp.scenario.Jobs;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioDurations;
import dev.esp32ppp.scenario.ScenarioJobs;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import dev.esp32ppp.scenario.ShardPlan;
import dev.esp32ppp.steps.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs scenarios (all of them by default), prints each check and writes the report; exit 0 only if all passed. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios (default: all in fixtures/scenarios) on the lab, print each check and "
                + "write a report under target/harness-report/.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "scenario names (see list) or .yaml files")
    List<String> names;

    @Mixin
    LabOptions options;

    @Option(names = "--keep", description = "keep the lab up after its checks, for exec and console, until ./harness down")
    boolean keep;

    @Option(names = "--serial", paramLabel = "DEVICE",
            description = "a real board at this serial port (e.g. /dev/ttyUSB0) instead of the lab, for passthru")
    String serial;

    @Option(names = "--shard", paramLabel = "K/N|auto",
            description = "run shard K of N: a fixed share of the scenarios, balanced by their recorded durations "
                    + "(fixtures/scenarios/durations.tsv); auto takes GitLab's CI_NODE_INDEX/CI_NODE_TOTAL")
    String shard;

    @Option(names = "--jobs", paramLabel = "N",
            description = "run up to N labs at once (default: two a core, one per 2 GiB of memory)")
    Integer jobs;

    @Option(names = "--check-only", hidden = true,
            description = "check the command line and stop: the launcher's first pass, before it readies the machine")
    boolean checkOnly;

    @Override
    public Integer call() {
        options.check();
        Jobs labsAtOnce = Jobs.of(jobs);
        Shard share = shard == null ? null : Shard.parse(shard, System.getenv());
        List<Scenario> scenarios = options.applyTo(ScenarioNames.load(names));
        if (share != null) {
            scenarios = ofShard(scenarios, share);
        }
        if (serial != null) {
            if (keep || scenarios.size() != 1) {
                throw new LabException("--serial drives one board through one passthru scenario, without --keep: "
                        + "./harness run --serial " + serial + " passthru");
            }
            if (!Files.exists(Path.of(serial))) {
                throw new LabException("no serial port at " + serial + "; plug the board in and give its port "
                        + "(ls /dev/ttyUSB* /dev/ttyACM*)");
            }
        }
        if (keep) {
            refuseToKeepUnlessOneLab(scenarios);
        }
        if (checkOnly) {
            return 0;
        }
        if (serial != null) {
            ScenarioResult result = new BoardOnSerial(serial, LabConfig.defaultRunsFolder(), Terminal.progress())
                    .run(scenarios.get(0));
            return summarise(List.of(result));
        }
        return runAndReport(scenarios, keep, labsAtOnce);
    }

    /** The scenarios of {@code share}, as the plan every shard computes alike; prints them and each shard's seconds. */
    private static List<Scenario> ofShard(List<Scenario> scenarios, Shard share) {
        ShardPlan plan = ShardPlan.of(scenarios, share.total(), ScenarioDurations.read(ScenarioDurations.file()));
        List<Scenario> mine = plan.shard(share.index());
        System.out.println("shard " + share + " runs " + (mine.isEmpty() ? "no scenario"
                : String.join(", ", mine.stream().map(Scenario::name).toList())));
        List<String> seconds = new ArrayList<>();
        for (int i = 0; i < share.total(); i++) {
            seconds.add((i + 1) + "/" + share.total() + " " + Math.round(plan.seconds().get(i)) + " s");
        }
        System.out.println("expected seconds per shard: " + String.join(", ", seconds));
        return mine;
    }

    /** --keep (and up) hold one lab: refused for several scenarios, a sweep or a scenario shown beside another. */
    static void refuseToKeepUnlessOneLab(List<Scenario> scenarios) {
        if (scenarios.size() != 1 || scenarios.get(0).steps().sweep() != null || scenarios.get(0).sideBySide() != null) {
            throw new LabException("--keep keeps one lab up: give one scenario that is not a sweep and shows "
                    + "nothing beside it (e.g. autostart)");
        }
    }

    /**
     * Runs the scenarios, prints a summary and writes the report; with {@code keep} (one lab, as
     * {@link #refuseToKeepUnlessOneLab} has checked), holds the lab up first.
     */
    static int runAndReport(List<Scenario> scenarios, boolean keep, Jobs labsAtOnce) {
        if (keep) {
            LabSession.refuseIfUp();
        }
        Progress progress = Terminal.progress();
        ScenarioRunner runner = keep
                ? new ScenarioRunner(LabConfig.defaultRunsFolder(), progress,
                        (scenario, lab) -> KeptLab.hold(lab, scenario.name(), System.out))
                : new ScenarioRunner(LabConfig.defaultRunsFolder(), progress);
        int count = Math.max(1, Math.min(labsAtOnce.count(), scenarios.size()));
        if (scenarios.size() > 1) {
            progress.line("running " + scenarios.size() + " scenarios, up to " + count
                    + (count == 1 ? " lab" : " labs") + " at once (" + labsAtOnce.why() + ")");
        }
        List<ScenarioResult> results;
        try (ScenarioJobs running = new ScenarioJobs(runner, count)) {
            results = running.runAll(scenarios, ScenarioDurations.read(ScenarioDurations.file()),
                    result -> progress.line("  run files of " + result.scenario().name() + ": " + result.runFolder()));
        }
        return summarise(results);
    }

    /** Prints each scenario's verdict and failures, writes the report; 0 only when every check passed. */
    static int summarise(List<ScenarioResult> results) {
        System.out.println();
        for (ScenarioResult result : results) {
            long failed = result.checks().stream().filter(c -> !c.passed()).count();
            System.out.printf("%-4s %-24s %d/%d checks passed%n", result.passed() ? "PASS" : "FAIL",
                    result.scenario().name(), result.checks().size() - failed, result.checks().size());
            result.checks().stream().filter(c -> !c.passed()).map(CheckResult::reason)
                    .forEach(reason -> System.out.println("       " + reason));
        }
        Path report = ReportWriter.write(results, ReportFolder.next());
        System.out.println("report: " + report);
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }
}
