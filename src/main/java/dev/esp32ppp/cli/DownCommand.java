package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import picocli.CommandLine.Command;

/** Stops the lab that {@code up} keeps: asks its process to tear it down and waits until it has. */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the lab that ./harness up keeps.")
final class DownCommand implements Callable<Integer> {
    private static final Duration TEARDOWN = Duration.ofSeconds(120);

    @Override
    public Integer call() {
        LabSession session = LabSession.required();
        try {
            Files.createFile(LabSession.stopRequest());
        } catch (FileAlreadyExistsException asked) {
            // down was asked before; wait all the same
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Awaitility.await("lab " + session.labId() + " torn down").atMost(TEARDOWN)
                    .pollInterval(Duration.ofMillis(200)).until(() -> LabSession.current().isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new LabException("lab " + session.labId() + " is still up after " + TEARDOWN.toSeconds()
                    + " s; its process is " + session.pid() + " (Ctrl-C it, or kill " + session.pid() + ")");
        }
        System.out.println("lab " + session.labId() + " is down");
        return 0;
    }
}
