package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.NodeRole;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs a command in a node of the lab that is up; in the Linux guest for a SaxonSoc-like node. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = "Run a command in a node of the lab that is up (in the Linux guest for saxonsoc and pc), "
                + "e.g. ./harness exec saxonsoc -- ifconfig ppp0. Exits with the command's exit code.")
final class ExecCommand implements Callable<Integer> {
    private static final Duration GUEST_TIMEOUT = Duration.ofSeconds(60);

    @Parameters(index = "0", paramLabel = "NODE", description = "a node of the lab, e.g. esp32, saxonsoc, router")
    String node;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "the command and its arguments")
    List<String> command;

    @Override
    public Integer call() {
        LabSession session = LabSession.required();
        String container = session.container(node);
        List<String> docker = new ArrayList<>(List.of("docker", "exec", container));
        NodeRole role = session.nodes().get(node);
        // in a guest the words make one shell line; in a container they run as they are, without sh
        docker.addAll(role.inGuest() ? role.shell(String.join(" ", command), GUEST_TIMEOUT) : command);
        try {
            return new ProcessBuilder(docker).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new LabException("cannot run docker exec (is the docker command installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
