package dev.esp32ppp.lab;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.nio.file.Path;

/**
 * What the boards under test run: the ESP32's firmware and flash folder (boot.py, main.py, ...),
 * optionally another main.py in place of the flash's own, and the init script that starts pppd on
 * the SaxonSoc Linux. Built from the fixtures' with named steps.
 *
 * @param mainPy replaces the flash's main.py; null keeps it
 */
public record BoardSetup(FirmwareProfile firmware, Path flash, Path mainPy, Path s30ppp) {
    /** The firmware with the fixtures' flash (fixtures/esp32/flash) and init script (fixtures/saxonsoc/S30ppp). */
    public static BoardSetup of(FirmwareProfile firmware) {
        return new BoardSetup(firmware, ProjectHome.fixtures().resolve("esp32/flash"), null,
                ProjectHome.fixtures().resolve("saxonsoc/S30ppp"));
    }

    public BoardSetup withFirmware(FirmwareProfile other) {
        return new BoardSetup(other, flash, mainPy, s30ppp);
    }

    public BoardSetup withFlash(Path folder) {
        return new BoardSetup(firmware, folder, mainPy, s30ppp);
    }

    public BoardSetup withMain(Path file) {
        return new BoardSetup(firmware, flash, file, s30ppp);
    }

    public BoardSetup withS30ppp(Path script) {
        return new BoardSetup(firmware, flash, mainPy, script);
    }
}
