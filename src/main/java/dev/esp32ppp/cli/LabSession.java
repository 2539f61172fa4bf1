package dev.esp32ppp.cli;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.NodeRole;
import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The lab kept up by {@code ./harness up} (or {@code run --keep}), as the other commands find it:
 * target/harness-lab/session.properties, written by the process that holds the lab and gone
 * when it has let the lab go. A file whose process is dead is stale and ignored.
 *
 * @param pid the process holding the lab (its cables run there)
 * @param console the host pty of the ESP32's UART0 (its REPL), or null
 * @param nodes each node's name and role, in power-on order
 */
record LabSession(long pid, String labId, String scenario, Path runFolder, Path console, Map<String, NodeRole> nodes) {
    static Path folder() {
        return ProjectHome.path().resolve("target/harness-lab");
    }

    static Path file() {
        return folder().resolve("session.properties");
    }

    /** Made by {@code down}: asks the holding process to let the lab go. */
    static Path stopRequest() {
        return folder().resolve("stop");
    }

    static Optional<LabSession> current() {
        if (!Files.exists(file())) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file())) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long pid = Long.parseLong(p.getProperty("pid"));
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            Map<String, NodeRole> nodes = new LinkedHashMap<>();
            for (String node : p.getProperty("nodes").split(",")) {
                String[] nameRole = node.split(":");
                nodes.put(nameRole[0], NodeRole.byId(nameRole[1]));
            }
            String console = p.getProperty("console", "");
            return Optional.of(new LabSession(pid, p.getProperty("lab"), p.getProperty("scenario"),
                    Path.of(p.getProperty("run")), console.isEmpty() ? null : Path.of(console), nodes));
        }
        return Optional.empty();
    }

    static LabSession required() {
        return current().orElseThrow(() -> new LabException("no lab is up; start one with ./harness up"));
    }

    /** Refuses to start a second kept lab. */
    static void refuseIfUp() {
        current().ifPresent(s -> {
            throw new LabException("a lab is already up (lab " + s.labId() + ", scenario " + s.scenario() + ", pid "
                    + s.pid() + "); stop it with ./harness down");
        });
    }

    void save() {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("lab", labId);
        p.setProperty("scenario", scenario);
        p.setProperty("run", runFolder.toString());
        p.setProperty("console", console == null ? "" : console.toString());
        p.setProperty("nodes", String.join(",", nodes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().id())
                .toList()));
        try {
            Files.createDirectories(folder());
            Files.deleteIfExists(stopRequest());
            // written aside and moved in whole, so a reader never sees half a file
            Path partial = folder().resolve("session.properties.partial");
            try (Writer out = Files.newBufferedWriter(partial)) {
                p.store(out, "the lab kept up by ./harness up; ./harness down stops it");
            }
            Files.move(partial, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget() {
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(stopRequest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String container(String node) {
        if (!nodes.containsKey(node)) {
            throw new LabException("no node " + node + " in the lab that is up; it has " + String.join(", ", nodes.keySet()));
        }
        return Lab.containerName(labId, node);
    }
}
