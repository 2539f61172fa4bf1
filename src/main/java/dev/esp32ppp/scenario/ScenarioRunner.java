package dev.esp32ppp.scenario;

import dev.esp32ppp.api.LabDefinition;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventTimeoutException;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.progress.LabWatch;
import dev.esp32ppp.progress.Progress;
import dev.esp32ppp.steps.CheckResult;
import dev.esp32ppp.steps.Checks;
import dev.esp32ppp.steps.PassthruPerson;
import dev.esp32ppp.steps.Recipes;
import dev.esp32ppp.steps.Steps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Runs a scenario: builds its lab, waits for what it waits for, applies its recipes as the
 * user wrote them, runs its checks, and tears the lab down. A scenario runs once per runner: one
 * asked for again (on its own after it was drawn beside another, or the other way round, or
 * meanwhile on another thread) gives the result of its first run, its lab shown in both places.
 * Runners made with {@link #markingLinesOf} share what ran, so labs may run on several threads.
 */
public final class ScenarioRunner {
    private final Path runs;
    private final Progress progress;
    private final BiConsumer<Scenario, Lab> beforeTeardown;
    private final Map<Ran, CompletableFuture<ScenarioResult>> ran;

    /** What makes two runs the same: the file, and the lab it asks for once the command line's options apply. */
    private record Ran(Path file, LabDefinition lab) {
    }

    public ScenarioRunner(Path runs, Progress progress) {
        this(runs, progress, (scenario, lab) -> { });
    }

    /** A runner that hands each lab to {@code beforeTeardown} once its checks are done, e.g. to keep it up. */
    public ScenarioRunner(Path runs, Progress progress, BiConsumer<Scenario, Lab> beforeTeardown) {
        this(runs, progress, beforeTeardown, new ConcurrentHashMap<>());
    }

    private ScenarioRunner(Path runs, Progress progress, BiConsumer<Scenario, Lab> beforeTeardown,
            Map<Ran, CompletableFuture<ScenarioResult>> ran) {
        this.runs = runs;
        this.progress = progress;
        this.beforeTeardown = beforeTeardown;
        this.ran = ran;
    }

    /** This runner with each progress line marked as {@code scenario}'s, sharing what ran and runs. */
    ScenarioRunner markingLinesOf(String scenario) {
        return new ScenarioRunner(runs, progress.of(scenario), beforeTeardown, ran);
    }

    /** Runs the scenario, and the one it is shown beside if it names one; its lab is gone after. */
    public ScenarioResult run(Scenario scenario) {
        ScenarioResult own = runOnce(scenario);
        Scenario other = scenario.sideBySide();
        if (other == null) {
            return own;
        }
        progress.line("scenario " + scenario.name() + ": now " + other.name() + ", to show beside it");
        ScenarioResult beside = runOnce(other);
        List<CheckResult> checks = new ArrayList<>(own.checks());
        beside.checks().forEach(c -> checks.add(new CheckResult("[" + other.name() + "] " + c.name(), c.passed(),
                c.reason())));
        List<LabRecord> labs = new ArrayList<>(own.labs());
        labs.addAll(beside.labs());
        return new ScenarioResult(scenario, checks, labs, List.of());
    }

    private ScenarioResult runOnce(Scenario scenario) {
        CompletableFuture<ScenarioResult> mine = new CompletableFuture<>();
        CompletableFuture<ScenarioResult> first = ran.putIfAbsent(new Ran(scenario.file(), scenario.lab()), mine);
        if (first != null) {
            progress.line("scenario " + scenario.name() + ": runs once in this run; its labs are shown again");
            ScenarioResult done = ScenarioJobs.await(first);
            return new ScenarioResult(scenario, done.checks(), done.labs(), done.window());
        }
        try {
            ScenarioResult result = runAlone(scenario);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private ScenarioResult runAlone(Scenario scenario) {
        if (scenario.steps().sweep() != null) {
            progress.line("scenario " + scenario.name() + ": a lab for each firmware and pppd start");
            return new TimingWindowSweep(runs, progress).run(scenario);
        }
        progress.line("scenario " + scenario.name() + ": starting the lab (firmware "
                + scenario.lab().boards().firmware().id() + ", time scale " + scenario.lab().timeScale() + ")");
        List<CheckResult> results = new ArrayList<>();
        LabWatch watch = progress.labStarting(scenario.name(), scenario.lab().nodeNames());
        Lab lab;
        try {
            lab = scenario.lab().startLab(runs, watch::event);
            try (lab) {
                perform(scenario.steps(), lab, results);
                beforeTeardown.accept(scenario, lab);
            }
        } finally {
            watch.done();
        }
        return new ScenarioResult(scenario, results, List.of(lab.record(scenario.name())), List.of());
    }

    /** The scenario's steps in order; the first that fails ends it, and every check is recorded as an event. */
    private void perform(Steps steps, Lab lab, List<CheckResult> results) {
        if (steps.person() != null) {
            CheckResult person = new PassthruPerson(lab).perform(steps.person());
            if (!outcome(lab, "harness", person, results)) {
                return;
            }
        }
        for (Steps.Wait wait : steps.waits()) {
            String failure = await(lab, wait);
            if (failure != null) {
                outcome(lab, wait.node(), CheckResult.fail("wait for " + wait.node() + " " + wait.event(), failure),
                        results);
                return;
            }
        }
        lab.events().record("harness", EventKind.WAITED, "");
        for (Steps.Recipe recipe : steps.recipes()) {
            CommandResult applied = Recipes.apply(lab, recipe);
            if (!applied.ok()) {
                outcome(lab, recipe.node(), CheckResult.fail("recipe " + recipe.what() + " on " + recipe.node(),
                        "exit " + applied.exitCode() + ": " + applied.output().strip()), results);
                return;
            }
        }
        for (Steps.Check check : steps.checks()) {
            outcome(lab, check.node(), Checks.run(lab, check), results);
        }
    }

    private boolean outcome(Lab lab, String node, CheckResult result, List<CheckResult> results) {
        return Outcomes.record(result, node, lab.events(), progress, results);
    }

    private static String await(Lab lab, Steps.Wait wait) {
        try {
            lab.events().await(wait.node(), EventKind.byId(wait.event()), wait.timeout());
            return null;
        } catch (EventTimeoutException e) {
            return e.getMessage();
        }
    }

}
