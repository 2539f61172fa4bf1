package dev.esp32ppp.lab;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import java.nio.file.Path;

/**
 * What the boards under test run: the ESP32's firmware, its network stack (the model or real
 * lwIP) and flash folder (boot.py, main.py, ...), optionally another main.py in place of the
 * flash's own, and a folder of files laid on the flash after those (a user's modules with their
 * main.py); the init script that starts pppd on the SaxonSoc Linux, and which pppd the Linux
 * (SaxonSoc, or the pc of the passthru setup) runs. Built from the fixtures' with named steps.
 *
 * @param mainPy replaces the flash's main.py; null keeps it
 * @param flashAdditions a folder whose files are copied onto the flash last, replacing any of the
 *                       same name; null adds none
 */
public record BoardSetup(FirmwareProfile firmware, Esp32Stack stack, Path flash, Path mainPy, Path flashAdditions,
                         Path s30ppp, PppdVersion pppd) {
    /**
     * The firmware on the environment's stack ({@link Esp32Stack#fromEnvironment()}) with the
     * fixtures' flash (fixtures/esp32/flash) and init script (fixtures/saxonsoc/S30ppp), and the
     * field's pppd ({@link PppdVersion#DEFAULT}).
     */
    public static BoardSetup of(FirmwareProfile firmware) {
        return new BoardSetup(firmware, environmentsStack(), ProjectHome.fixtures().resolve("esp32/flash"), null,
                null, ProjectHome.fixtures().resolve("saxonsoc/S30ppp"), PppdVersion.DEFAULT);
    }

    public BoardSetup withFirmware(FirmwareProfile other) {
        return new BoardSetup(other, stack, flash, mainPy, flashAdditions, s30ppp, pppd);
    }

    public BoardSetup withStack(Esp32Stack other) {
        return new BoardSetup(firmware, other, flash, mainPy, flashAdditions, s30ppp, pppd);
    }

    public BoardSetup withFlash(Path folder) {
        return new BoardSetup(firmware, stack, folder, mainPy, flashAdditions, s30ppp, pppd);
    }

    public BoardSetup withMain(Path file) {
        return new BoardSetup(firmware, stack, flash, file, flashAdditions, s30ppp, pppd);
    }

    public BoardSetup withFlashAdditions(Path folder) {
        return new BoardSetup(firmware, stack, flash, mainPy, folder, s30ppp, pppd);
    }

    public BoardSetup withS30ppp(Path script) {
        return new BoardSetup(firmware, stack, flash, mainPy, flashAdditions, script, pppd);
    }

    public BoardSetup withPppd(PppdVersion version) {
        return new BoardSetup(firmware, stack, flash, mainPy, flashAdditions, s30ppp, version);
    }

    private static Esp32Stack environmentsStack() {
        try {
            return Esp32Stack.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw new LabException(e.getMessage() + " (the environment's " + Esp32Stack.VARIABLE + ")");
        }
    }
}
