package dev.esp32ppp.scenario;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventTimeoutException;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.Node;
import dev.esp32ppp.progress.LabWatch;
import dev.esp32ppp.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

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
    private record Ran(Path file, ScenarioLab lab) {
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
        LabConfig config = scenario.lab().config(runs);
        List<CheckResult> results = new ArrayList<>();
        LabWatch watch = progress.labStarting(scenario.name(), config.topology().nodeNames());
        Lab lab;
        try {
            lab = Lab.start(config, watch::event);
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
            lab.events().record(recipe.node(), EventKind.RECIPE, recipe.what());
            CommandResult applied = recipe.send() != null ? send(lab, recipe) : apply(lab.node(recipe.node()), recipe);
            String name = "recipe " + recipe.what() + " on " + recipe.node();
            if (!applied.ok()) {
                outcome(lab, recipe.node(), CheckResult.fail(name, "exit " + applied.exitCode() + ": "
                        + applied.output().strip()), results);
                return;
            }
            if (!applied.output().isBlank()) {
                lab.events().record(recipe.node(), EventKind.RECIPE_OUTPUT, abbreviate(applied.output()));
            }
        }
        for (Steps.Check check : steps.checks()) {
            outcome(lab, check.node(), check(lab, check), results);
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

    /** Puts a recipe's octets on the line from its node's UART; a cable already closed fails the recipe. */
    private static CommandResult send(Lab lab, Steps.Recipe recipe) {
        try {
            lab.send(recipe.node(), recipe.send());
            return new CommandResult(0, "");
        } catch (IOException e) {
            return new CommandResult(1, "the line took no octets: " + e.getMessage());
        }
    }

    /**
     * Runs a recipe as sh runs a script: line by line, on past a failing line, with the exit
     * code of the last. In a container /proc/sys is read-only, so a recipe's
     * {@code echo 1 > /proc/sys/net/ipv4/ip_forward} fails there; the router forwards already.
     */
    private static CommandResult apply(Node node, Steps.Recipe recipe) {
        String content;
        try {
            content = Files.readString(recipe.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = recipe.installAt() == null ? content
                : "cat > " + recipe.installAt() + " <<'ESP32PPP_RECIPE'\n" + content + "ESP32PPP_RECIPE\n";
        return node.shell(script, Duration.ofSeconds(30));
    }

    private static CheckResult check(Lab lab, Steps.Check check) {
        Node node = lab.node(check.node());
        if (check.badFrames() > 0) {
            int bad = lab.events().of(check.node(), EventKind.FRAME_BAD).size();
            return bad >= check.badFrames() ? CheckResult.pass(check.name())
                    : CheckResult.fail(check.name(), "only " + bad + " frames from " + check.node()
                            + " failed their FCS, expected at least " + check.badFrames());
        }
        if (check.event() != null) {
            return eventCheck(lab, check);
        }
        if (check.frame() != null) {
            return frameCheck(lab, check);
        }
        if (check.golden() != null) {
            return goldenCheck(node, check);
        }
        if (check.console()) {
            try {
                // a console line reaches the harness a moment after the node printed it
                Awaitility.await(check.name()).atMost(check.timeout()).pollInterval(Duration.ofMillis(100))
                        .until(() -> node.consoleLines().stream().anyMatch(line -> line.contains(check.expect())));
                return CheckResult.pass(check.name());
            } catch (ConditionTimeoutException e) {
                return CheckResult.fail(check.name(), check.node() + " did not print '" + check.expect()
                        + "' within " + check.timeout().toSeconds() + " s");
            }
        }
        CommandResult result;
        try {
            result = node.shell(check.run(), check.timeout());
        } catch (LabException e) {
            return CheckResult.fail(check.name(), e.getMessage());
        }
        if (result.exitCode() != check.expectExit()) {
            return CheckResult.fail(check.name(), "'" + check.run() + "' exited " + result.exitCode() + ", expected "
                    + check.expectExit() + "; output: " + abbreviate(result.output()));
        }
        if (!result.output().contains(check.expect())) {
            return CheckResult.fail(check.name(), "'" + check.run() + "' printed no '" + check.expect() + "'; output: "
                    + abbreviate(result.output()));
        }
        return CheckResult.pass(check.name());
    }

    /** pppd's log lines in the node's console hold the golden file's, awaited: syslog is a moment behind pppd. */
    private static CheckResult goldenCheck(Node node, Steps.Check check) {
        try {
            Awaitility.await(check.name()).atMost(check.timeout()).pollInterval(Duration.ofMillis(200))
                    .until(() -> check.golden().mismatch(GoldenLog.pppdLines(node.consoleLines())) == null);
            List<String> log = GoldenLog.pppdLines(node.consoleLines());
            return CheckResult.pass(check.name(), String.join("\n", check.golden().matched(log)));
        } catch (ConditionTimeoutException e) {
            return CheckResult.fail(check.name(), check.golden().mismatch(GoldenLog.pppdLines(node.consoleLines())));
        }
    }

    /** The node reports the check's event (or, with happens false, does not). */
    private static CheckResult eventCheck(Lab lab, Steps.Check check) {
        EventKind kind = EventKind.byId(check.event());
        return sinceLastRecipe(lab, check, check.event(), e -> e.kind() == kind,
                happened -> (happened ? " reported " : " did not report ") + check.event());
    }

    /**
     * The node sent a frame (or, with happens false, none) whose transcript line holds the
     * check's text: what crossed the cable, as the sniffer read it.
     */
    private static CheckResult frameCheck(Lab lab, Steps.Check check) {
        return sinceLastRecipe(lab, check, "a frame reading '" + check.frame() + "'",
                e -> e.kind() == EventKind.FRAME_SENT && e.detail().contains(check.frame()),
                happened -> (happened ? " sent " : " sent no ") + "frame reading '" + check.frame() + "'");
    }

    /**
     * An event of the check's node that {@code matches} comes (or, with happens false, does not)
     * since the last recipe, the step that sets the stage for it, within the check's timeout.
     */
    private static CheckResult sinceLastRecipe(Lab lab, Steps.Check check, String awaited, Predicate<Event> matches,
            Function<Boolean, String> said) {
        Duration from = lab.events().select(e -> e.kind() == EventKind.RECIPE).stream().map(Event::at)
                .reduce((a, b) -> b).orElse(Duration.ZERO);
        boolean happened;
        try {
            lab.events().await(awaited + " from " + check.node(), e -> e.node().equals(check.node())
                    && matches.test(e) && e.at().compareTo(from) >= 0, check.timeout());
            happened = true;
        } catch (EventTimeoutException e) {
            happened = false;
        }
        if (happened == check.happens()) {
            return CheckResult.pass(check.name());
        }
        return CheckResult.fail(check.name(), check.node() + said.apply(happened) + " within "
                + check.timeout().toSeconds() + " s of the last recipe");
    }

    private static String abbreviate(String output) {
        String flat = output.strip().replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
