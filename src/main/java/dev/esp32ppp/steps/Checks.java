package dev.esp32ppp.steps;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventTimeoutException;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.Node;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A scenario's checks run on a lab (and the API's {@code check}): a command's output and exit
 * code, a console line, bad frames, an event or a frame since the last recipe, a golden pppd log.
 */
public final class Checks {
    private Checks() {
    }

    /** Runs the check on the lab: passed, or failed with the reason. */
    public static CheckResult run(Lab lab, Steps.Check check) {
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

    /** Output on one line, cut at 300 characters, for a reason or an event's detail. */
    static String abbreviate(String output) {
        String flat = output.strip().replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
