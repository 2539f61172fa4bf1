package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that change a scenario's lab: time scale and firmware. */
final class LabOptions {
    @Option(names = "--time-scale", description = "factor for the long waits instead of the scenario's (0 < x <= 10)")
    Double timeScale;

    @Option(names = "--full-time", description = "the field timings (time scale 1: SaxonSoc boots 50 s)")
    boolean fullTime;

    @Option(names = "--profile", converter = ProfileConverter.class,
            description = "ESP32 firmware instead of the scenario's: idf3-official, pnr5-ipforward or lwip-source")
    FirmwareProfile firmware;

    /** Turns a profile id into the profile; an unknown id is a usage error naming the known ones. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<FirmwareProfile> {
        @Override
        public FirmwareProfile convert(String id) {
            try {
                return FirmwareProfile.byId(id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    void check() {
        if (timeScale != null && !(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("--time-scale must be above 0 and at most 10 (e.g. 0.1), was " + timeScale);
        }
    }

    Scenario applyTo(Scenario s) {
        return s.with(fullTime ? 1.0 : timeScale != null ? timeScale : s.lab().timeScale(),
                firmware != null ? firmware : s.lab().boards().firmware());
    }
}
