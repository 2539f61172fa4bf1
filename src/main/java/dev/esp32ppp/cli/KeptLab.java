package dev.esp32ppp.cli;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.Node;
import dev.esp32ppp.lab.NodeRole;
import dev.esp32ppp.serial.HostPty;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds a lab up for poking after its scenario ran: the ESP32's REPL on a host pty, the session
 * file the other commands read, and a wait until {@code ./harness down} (or Ctrl-C).
 */
final class KeptLab {
    private KeptLab() {
    }

    static void hold(Lab lab, String scenario, PrintStream out) {
        Map<String, NodeRole> roles = new LinkedHashMap<>();
        lab.nodes().forEach(node -> roles.put(node.name(), node.spec().role()));
        Node board = lab.nodes().stream().filter(node -> node.spec().role().repl() != null).findFirst().orElse(null);
        Thread forget = new Thread(LabSession::forget, "forget-lab-session");
        HostPty console = null;
        try {
            Files.createDirectories(LabSession.folder());
            if (board != null) {
                String repl = board.spec().role().repl();
                console = HostPty.open("console", LabSession.folder().resolve(board.name() + "-" + repl));
                lab.cable(board.name(), repl).plug(console);
            }
            new LabSession(ProcessHandle.current().pid(), lab.id(), scenario, lab.runFolder(),
                    console == null ? null : console.path(), roles).save();
            Runtime.getRuntime().addShutdownHook(forget);
            out.println();
            out.println("lab " + lab.id() + " is up (" + String.join(", ", roles.keySet()) + "). In another terminal:");
            out.println("  ./harness exec NODE -- COMMAND   e.g. ./harness exec saxonsoc -- ifconfig ppp0");
            if (console != null) {
                out.println("  ./harness console esp32          the ESP32's REPL (also at " + console.path() + ")");
            }
            out.println("  ./harness down                   stops the lab (or Ctrl-C here)");
            awaitStopRequest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (console != null) {
                try {
                    console.close();
                } catch (IOException ignored) {
                    // the lab's teardown closes the cable anyway
                }
            }
            LabSession.forget();
            try {
                Runtime.getRuntime().removeShutdownHook(forget);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
                // nothing to undo
            }
        }
    }

    private static void awaitStopRequest() throws IOException {
        Path stop = LabSession.stopRequest();
        try (WatchService watcher = stop.getFileSystem().newWatchService()) {
            LabSession.folder().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            while (!Files.exists(stop)) {
                watcher.take().reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while the lab was up");
        }
    }
}
