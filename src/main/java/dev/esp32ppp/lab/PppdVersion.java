package dev.esp32ppp.lab;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which pppd the Linux nodes (saxonsoc, the pc, the test peer) run: 2.4.9, the last 2.4 release
 * (the field notes' boards ran a 2.4), or Debian 13's 2.5.2. Both are in the saxonsoc image
 * (containers/saxonsoc); the node's board-init.sh makes the one its {@code PPPD_VERSION} names
 * the guest's {@code pppd}. A scenario file chooses with {@code pppd: 2.5.2}, {@code --pppd} on
 * run and up overrides it; without either, 2.4.9.
 */
public enum PppdVersion {
    V2_4_9("2.4.9"), V2_5_2("2.5.2");

    /** What the field ran. */
    public static final PppdVersion DEFAULT = V2_4_9;
    /** The node's environment variable that names the version. */
    public static final String VARIABLE = "PPPD_VERSION";

    private final String id;

    PppdVersion(String id) {
        this.id = id;
    }

    /** The version as pppd prints it, e.g. {@code 2.4.9}. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known versions when the image has no pppd {@code id} */
    public static PppdVersion byId(String id) {
        return Arrays.stream(values()).filter(version -> version.id.equals(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pppd version '" + id + "'; known: "
                        + Arrays.stream(values()).map(PppdVersion::id).collect(Collectors.joining(", "))));
    }
}
