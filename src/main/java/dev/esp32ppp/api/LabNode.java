package dev.esp32ppp.api;

import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.Node;
import dev.esp32ppp.steps.Recipes;
import dev.esp32ppp.steps.Steps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A node of a running lab: the router, the internet, the LAN host, and the base of the boards'
 * handles ({@link LinuxNode}, {@link Esp32Node}). Commands run as its shell runs them: in the
 * Linux guest of a SaxonSoc-like node, with sh in the container of the others.
 */
public class LabNode {
    private static final Duration COMMAND = Duration.ofSeconds(30);

    private final Lab lab;
    private final Node node;

    LabNode(Lab lab, Node node) {
        this.lab = lab;
        this.node = node;
    }

    /** The node's name in the lab, e.g. {@code saxonsoc}. */
    public String name() {
        return node.name();
    }

    /** Runs a shell command line on the node, given 30 s. */
    public ExecResult exec(String commandLine) {
        return exec(commandLine, COMMAND);
    }

    /** Runs a shell command line on the node; exit code 124 when it did not end within the timeout. */
    public ExecResult exec(String commandLine, Duration timeout) {
        return result(node.shell(commandLine, timeout));
    }

    /** What the node printed on its console so far (its UART0 for a board), one line per entry. */
    public List<String> console() {
        return node.consoleLines();
    }

    /**
     * Waits until the node printed a line holding {@code text}; returns that line.
     *
     * @throws AssertionError when it did not within the timeout
     */
    public String awaitConsole(String text, Duration timeout) {
        try {
            // a console line reaches the harness a moment after the node printed it
            return Awaitility.await(name() + " printing '" + text + "'").atMost(timeout)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> console().stream().filter(line -> line.contains(text)).findFirst().orElse(null),
                            line -> line != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(name() + " did not print '" + text + "' within " + timeout.toSeconds() + " s");
        }
    }

    /**
     * Runs your recipe file on the node as a scenario's {@code recipes:} do: as sh runs a script,
     * recorded as a {@code recipe} event (checks of events and frames count from the last one).
     *
     * @return its exit code and output (a failing recipe is a result, not an exception)
     */
    public ExecResult applyRecipe(Path file) {
        return result(Recipes.apply(lab, new Steps.Recipe(name(), file.toAbsolutePath(), null, null)));
    }

    /** Places your file on the node at {@code path} as it is, e.g. a resolv.conf at /etc/resolv.conf. */
    public ExecResult installFile(Path file, String path) {
        return result(Recipes.apply(lab, new Steps.Recipe(name(), file.toAbsolutePath(), path, null)));
    }

    private static ExecResult result(CommandResult result) {
        return new ExecResult(result.exitCode(), result.output());
    }
}
