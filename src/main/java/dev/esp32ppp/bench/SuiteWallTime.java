package dev.esp32ppp.bench;

import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.progress.PlainProgress;
import dev.esp32ppp.scenario.Jobs;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioDurations;
import dev.esp32ppp.scenario.ScenarioFile;
import dev.esp32ppp.scenario.ScenarioJobs;
import dev.esp32ppp.scenario.ScenarioResult;
import dev.esp32ppp.scenario.ScenarioRunner;
import dev.esp32ppp.scenario.WindowPoint;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A fixed set of scenarios run one lab at a time and then {@code jobs} at once, in one process:
 * the wall times and their ratio, where each scenario's lab time went in both runs (a lab on a
 * busy machine takes longer on its own clock), and the timing-window checks' worst margins.
 */
public final class SuiteWallTime implements Benchmark {
    /** Short and long labs, transfers, a person at the REPL's timing, a side-by-side pair and the window sweep. */
    public static final List<String> SCENARIOS = List.of("autostart", "dns", "masquerade", "static-routes", "socks5h",
            "passthru-too-late", "pppd-killed", "unplug-mid-transfer", "timing-window");

    private final Jobs jobs;
    private final List<Scenario> scenarios;

    /** @param scenarios the set to run; empty for {@link #SCENARIOS} */
    public SuiteWallTime(Jobs jobs, List<Scenario> scenarios) {
        this.jobs = jobs;
        this.scenarios = scenarios.isEmpty() ? SCENARIOS.stream()
                .map(name -> ScenarioFile.load(ScenarioFile.folder().resolve(name + ".yaml"))).toList() : scenarios;
    }

    @Override
    public String name() {
        return "suite";
    }

    /** One run of the set: its wall time and its results in the set's order. */
    private record Run(int jobs, double seconds, List<ScenarioResult> results) {
        long failed() {
            return results.stream().flatMap(r -> r.checks().stream()).filter(c -> !c.passed()).count();
        }

        long checks() {
            return results.stream().mapToLong(r -> r.checks().size()).sum();
        }
    }

    @Override
    public void run(PrintStream out) {
        out.printf(Locale.ROOT, "suite: %d scenarios (%s), one lab at a time, then up to %d at once (%s)%n",
                scenarios.size(), String.join(", ", scenarios.stream().map(Scenario::name).toList()), jobs.count(),
                jobs.why());
        ScenarioDurations durations = ScenarioDurations.read(ScenarioDurations.file());
        Run serial = run(scenarios, 1, durations);
        Run parallel = run(scenarios, jobs.count(), durations);
        for (Run run : List.of(serial, parallel)) {
            out.printf(Locale.ROOT, "  --jobs %d: %.1f s wall, %d of %d checks passed%n", run.jobs(), run.seconds(),
                    run.checks() - run.failed(), run.checks());
            run.results().stream().flatMap(r -> r.checks().stream()).filter(c -> !c.passed())
                    .forEach(c -> out.println("      FAIL " + c.name() + ": " + c.reason()));
        }
        out.printf(Locale.ROOT, "  --jobs %d takes %.2f x the serial wall time (%.2f x as fast)%n", parallel.jobs(),
                parallel.seconds() / serial.seconds(), serial.seconds() / parallel.seconds());
        out.printf(Locale.ROOT, "  per scenario, seconds on its labs' clocks: total = containers starting + waits "
                + "(boots, scripted delays at the time scale) + recipes and checks (transfers among them)%n");
        out.printf(Locale.ROOT, "    %-24s %-28s %-28s %s%n", "scenario", "--jobs 1", "--jobs " + parallel.jobs(),
                "ratio");
        for (int i = 0; i < scenarios.size(); i++) {
            LabTimeSplit one = split(serial.results().get(i));
            LabTimeSplit many = split(parallel.results().get(i));
            out.printf(Locale.ROOT, "    %-24s %-28s %-28s %.2f%n", scenarios.get(i).name(), shown(one), shown(many),
                    many.total() / one.total());
        }
        out.printf(Locale.ROOT, "  timing-window margins, the worst point's (fractions of the window; a check needs "
                + "> 0): --jobs 1 %s, --jobs %d %s%n", margins(serial), parallel.jobs(), margins(parallel));
    }

    private static Run run(List<Scenario> scenarios, int jobs, ScenarioDurations durations) {
        ScenarioRunner runner = new ScenarioRunner(LabConfig.defaultRunsFolder(),
                new PlainProgress(new PrintStream(OutputStream.nullOutputStream())));
        long start = System.nanoTime();
        List<ScenarioResult> results;
        try (ScenarioJobs running = new ScenarioJobs(runner, jobs)) {
            results = running.runAll(scenarios, durations, result -> { });
        }
        return new Run(jobs, (System.nanoTime() - start) / 1e9, results);
    }

    /** The scenario's own labs and any shown beside it. */
    private static LabTimeSplit split(ScenarioResult result) {
        return result.labs().stream().map(LabTimeSplit::of).reduce(new LabTimeSplit(0, 0, 0), LabTimeSplit::plus);
    }

    private static String shown(LabTimeSplit split) {
        return String.format(Locale.ROOT, "%5.1f = %4.1f + %5.1f + %5.1f", split.total(), split.start(), split.waits(),
                split.steps());
    }

    /** The worst margin of the points that connected, and of those that gave up. */
    private static String margins(Run run) {
        List<WindowPoint> points = run.results().stream().flatMap(r -> r.window().stream()).toList();
        return String.format(Locale.ROOT, "connected %s, gave up %s",
                worst(points.stream().filter(WindowPoint::connected).toList()),
                worst(points.stream().filter(p -> !p.connected()).toList()));
    }

    private static String worst(List<WindowPoint> points) {
        return points.stream().map(WindowPoint::margin).filter(Objects::nonNull).min(Double::compare)
                .map(m -> String.format(Locale.ROOT, "%+.2f", m)).orElse("-");
    }
}
