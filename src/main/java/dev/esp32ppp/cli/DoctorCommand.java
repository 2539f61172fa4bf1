package dev.esp32ppp.cli;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.NodeRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints each prerequisite as ok or missing, with the fix; exits non-zero when one is missing. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check what the harness needs on this machine and say how to fix what is missing.")
final class DoctorCommand implements Callable<Integer> {
    private record Check(String what, boolean ok, String fix) {
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
        return allOk ? 0 : 1;
    }

    private static Check onPath(String program, String fix) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        return new Check(program, found, fix);
    }
}
