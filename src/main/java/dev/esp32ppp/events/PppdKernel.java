package dev.esp32ppp.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a Linux node's pppd finds kernel PPP: in user-mode Linux, a Linux kernel that runs as a
 * program in the node's container ({@link #UML}), or in the host's own kernel through its
 * {@code /dev/ppp} ({@link #NATIVE}). A lab chooses one for all its Linux nodes; user-mode Linux
 * is the default whatever the host has, because it is the mode the test suite runs. Each node
 * tells the mode it booted in with {@link EventKind#KERNEL_UP}, whose detail is the mode's id,
 * so that the report names the mode that ran rather than the one asked for.
 */
public enum PppdKernel implements EventData {
    UML("user-mode Linux"),
    NATIVE("native (the host's kernel)");

    /** The node's environment variable that names the mode to boot in (containers/saxonsoc/node/start.sh). */
    public static final String VARIABLE = "PPPD_KERNEL";

    private final String label;

    PppdKernel(String label) {
        this.label = label;
    }

    /** The mode's name in scenario files, on the command line and in the kernel-up event: {@code uml} or {@code native}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For a person: {@code user-mode Linux}, or {@code native (the host's kernel)}. */
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the known modes when {@code id} is none of them */
    public static PppdKernel byId(String id) {
        PppdKernel kernel = read(id.strip().toLowerCase(Locale.ROOT));
        if (kernel == null) {
            throw new IllegalArgumentException("unknown pppd kernel '" + id + "'; known: "
                    + Arrays.stream(values()).map(PppdKernel::id).collect(Collectors.joining(", ")));
        }
        return kernel;
    }

    /** The mode a kernel-up detail tells, or null when the text is not one. */
    static PppdKernel read(String detail) {
        return Arrays.stream(values()).filter(kernel -> kernel.id().equals(detail)).findFirst().orElse(null);
    }
}
