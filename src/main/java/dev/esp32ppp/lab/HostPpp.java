package dev.esp32ppp.lab;

import dev.esp32ppp.events.PppdKernel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host kernel's PPP, which {@link PppdKernel#NATIVE} mode needs: its device, {@code /dev/ppp},
 * passed into the Linux nodes. User-mode Linux needs nothing of the host's.
 *
 * @param device where the host's PPP device is, {@code /dev/ppp} but in tests
 */
public record HostPpp(Path device) {
    /** This machine's. */
    public static HostPpp ofThisHost() {
        return new HostPpp(Path.of("/dev/ppp"));
    }

    /** Whether the host kernel has PPP, so that a lab could run its pppd natively. */
    public boolean present() {
        return Files.exists(device);
    }

    /** @throws LabException, in one line saying what is missing and what to do, when {@code kernel} needs what the host lacks */
    public void check(PppdKernel kernel) {
        if (kernel == PppdKernel.NATIVE && !present()) {
            throw new LabException("pppd kernel native needs the host kernel's PPP, and this host has no " + device
                    + "; load it (modprobe ppp_async) or leave the pppd kernel at uml, the default");
        }
    }
}
