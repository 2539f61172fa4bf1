package dev.esp32ppp.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hosts for tests, with and without the kernel's PPP device, their devices in a folder of the test's. */
public record TestHosts(Path dev) {
    /** A host whose kernel has PPP. */
    public HostPpp withPpp() throws IOException {
        Path device = dev.resolve("ppp");
        return new HostPpp(Files.exists(device) ? device : Files.createFile(device));
    }

    /** A host whose kernel has no PPP. */
    public HostPpp withoutPpp() {
        return new HostPpp(dev.resolve("no-ppp"));
    }
}
