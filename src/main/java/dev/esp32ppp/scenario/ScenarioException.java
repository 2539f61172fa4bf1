package dev.esp32ppp.scenario;

import dev.esp32ppp.lab.LabException;
import java.nio.file.Path;

/** A scenario file that cannot run: says which file, which line and what is wrong. */
public final class ScenarioException extends LabException {
    public ScenarioException(Path file, int line, String what) {
        super(file + ":" + line + ": " + what);
    }
}
