package dev.esp32ppp.lab;

import java.io.IOException;
import java.time.Duration;
import org.testcontainers.containers.Container.ExecResult;

/** A running node of the lab. */
public final class Node {
    private final NodeSpec spec;
    private final NodeContainer container;
    private final ConsoleLog console;

    Node(NodeSpec spec, NodeContainer container, ConsoleLog console) {
        this.spec = spec;
        this.container = container;
        this.console = console;
    }

    public String name() {
        return spec.name();
    }

    public NodeSpec spec() {
        return spec;
    }

    public String containerId() {
        return container.getContainerId();
    }

    NodeContainer container() {
        return container;
    }

    ConsoleLog console() {
        return console;
    }

    /** Runs a command in the node's container, like {@code docker exec}. */
    public CommandResult exec(String... command) {
        try {
            ExecResult result = container.execInContainer(command);
            return new CommandResult(result.getExitCode(), result.getStdout() + result.getStderr());
        } catch (IOException e) {
            throw new LabException("exec in " + name() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running a command in " + name(), e);
        }
    }

    /**
     * Runs a shell command line the node's way (in its Linux guest, or with sh in its container),
     * with its output and exit code; exit code 124 when it did not end in time.
     */
    public CommandResult shell(String line, Duration timeout) {
        return exec(spec.role().shell(line, timeout).toArray(String[]::new));
    }

    /**
     * Runs a shell command inside the node's Linux guest (the user-mode Linux of a SaxonSoc
     * node), with its output and exit code; exit code 124 when the guest did not answer in time.
     */
    public CommandResult guestExec(String shellCommand, Duration timeout) {
        if (!spec.role().inGuest()) {
            throw new LabException(name() + " has no Linux guest; use exec for its container");
        }
        return shell(shellCommand, timeout);
    }

    public java.util.List<String> consoleLines() {
        return console.lines();
    }
}
