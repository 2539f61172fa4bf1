package dev.esp32ppp.cli;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.EngineHost;
import dev.esp32ppp.lab.HostPpp;
import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.NodeRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Prints each prerequisite as ok or missing, with the fix, and a note on the optional native pppd
 * mode; exits non-zero when a prerequisite is missing.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check what the harness needs on this machine and say how to fix what is missing.")
final class DoctorCommand implements Callable<Integer> {
    record Check(String what, boolean ok, String fix) {
    }

    @Override
    public Integer call() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Java " + Runtime.version().feature(), Runtime.version().feature() >= 21,
                "install a JDK 21 or newer and set JAVA_HOME"));
        checks.add(onPath("mmdebstrap", "apt-get install mmdebstrap (builds the Debian 13 root filesystem)"));
        checks.add(onPath("socat", "apt-get install socat"));
        checks.add(new Check("/dev/net/tun", Files.exists(Path.of("/dev/net/tun")),
                "load the tun module (modprobe tun)"));
        checks.addAll(linkWiring(EngineHost.ofEnvironment()));
        boolean engine = DockerEngine.answers();
        checks.add(new Check("Docker engine", engine,
                "run ./ci/bootstrap-host.sh as root (installs docker.io, starts dockerd), or start your engine"));
        if (engine) {
            ImageCatalog catalog = ImageCatalog.ofProject();
            DockerClient docker = DockerEngine.client();
            for (NodeRole role : NodeRole.values()) {
                String image = catalog.image(role);
                checks.add(new Check("image " + image, DockerEngine.hasImage(docker, image), "./harness images"));
            }
        }
        boolean allOk = true;
        for (Check check : checks) {
            System.out.printf("%-8s %s%s%n", check.ok() ? "ok" : "missing", check.what(),
                    check.ok() ? "" : "  -> fix: " + check.fix());
            allOk &= check.ok();
        }
        System.out.printf("%-8s %s%n", "note", nativeMode(HostPpp.ofThisHost()));
        return allOk ? 0 : 1;
    }

    /**
     * What wiring a lab's links needs (they are made with ip and nsenter in the containers'
     * namespaces): the engine on this machine, root, iproute2's ip and nsenter.
     */
    static List<Check> linkWiring(EngineHost engine) {
        String why = " (wires the labs' links)";
        return List.of(
                new Check("Docker engine on this machine" + why, engine.isThisMachine(), engine.isThisMachine() ? ""
                        : engine.remoteEngine()),
                new Check("root" + why, isRoot(), "run the harness as root on the engine's host"),
                onPath("ip", "apt-get install iproute2"),
                onPath("nsenter", "apt-get install util-linux"));
    }

    private static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Whether this host could run the Linux nodes' pppd natively, and that the suite does not: a
     * note, not a prerequisite, since user-mode Linux, the default, needs nothing of the host's.
     */
    static String nativeMode(HostPpp host) {
        return "pppd kernel native (--pppd-kernel native): " + (host.present()
                ? "possible here (" + host.device() + " exists)"
                : "not possible here (no " + host.device() + "; modprobe ppp_async gives one)")
                + "; not covered by the test suite, which runs user-mode Linux, the default";
    }

    private static Check onPath(String program, String fix) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        return new Check(program, found, fix);
    }
}
