package dev.esp32ppp.api;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.PackageIndex;
import dev.esp32ppp.lab.PppdVersion;
import java.nio.file.Path;

/**
 * What a builder was told, as told: the unit a {@link LabDefinition} keeps, compares by and
 * hands back to a new builder ({@link LabDefinition#toBuilder()}).
 *
 * @param stack null for the environment's ({@code ESP32_STACK}, else real lwIP)
 * @param packageIndex null for the project's own, unpinned
 * @param line null for the topology's own
 * @param flash null for the bundled flash (likewise mainPy, flashAdditions and s30ppp: the bundled or none)
 */
record LabChoices(String topology, FirmwareProfile firmware, Esp32Stack stack, PppdVersion pppd, boolean nativePppd,
                  boolean lanHost, boolean lanLinux, PackageIndex packageIndex, LineSpec line, Path flash,
                  Path mainPy, Path flashAdditions, Path s30ppp, double timeScale, Path runsFolder) {
}
