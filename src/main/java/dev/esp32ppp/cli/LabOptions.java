package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.scenario.Scenario;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that change a scenario's lab: time scale, firmware, the ESP32's network stack and the Linux's pppd. */
final class LabOptions {
    @Option(names = "--time-scale", description = "factor for the long waits instead of the scenario's (0 < x <= 10)")
    Double timeScale;

    @Option(names = "--full-time", description = "the field timings (time scale 1: SaxonSoc boots 50 s)")
    boolean fullTime;

    @Option(names = "--profile", converter = ProfileConverter.class,
            description = "ESP32 firmware instead of the scenario's: idf3-official, pnr5-ipforward or lwip-source")
    FirmwareProfile firmware;

    @Option(names = "--stack", converter = StackConverter.class,
            description = "the ESP32's network stack instead of the scenario's: model (the Java model) or lwip "
                    + "(real lwIP)")
    Esp32Stack stack;

    @Option(names = "--pppd", paramLabel = "VERSION", converter = PppdConverter.class,
            description = "the Linux's pppd instead of the scenario's: 2.4.9 (as the field ran it) or 2.5.2")
    PppdVersion pppd;

    /** Turns an id into a value by the type's byId; an unknown id is a usage error naming the known ones. */
    abstract static class ByIdConverter<T> implements CommandLine.ITypeConverter<T> {
        private final Function<String, T> byId;

        ByIdConverter(Function<String, T> byId) {
            this.byId = byId;
        }

        @Override
        public T convert(String id) {
            try {
                return byId.apply(id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ProfileConverter extends ByIdConverter<FirmwareProfile> {
        ProfileConverter() {
            super(FirmwareProfile::byId);
        }
    }

    static final class StackConverter extends ByIdConverter<Esp32Stack> {
        StackConverter() {
            super(Esp32Stack::byId);
        }
    }

    static final class PppdConverter extends ByIdConverter<PppdVersion> {
        PppdConverter() {
            super(PppdVersion::byId);
        }
    }

    void check() {
        if (timeScale != null && !(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("--time-scale must be above 0 and at most 10 (e.g. 0.1), was " + timeScale);
        }
    }

    Scenario applyTo(Scenario s) {
        Scenario changed = s.with(fullTime ? 1.0 : timeScale != null ? timeScale : s.lab().timeScale(),
                firmware != null ? firmware : s.lab().boards().firmware());
        Scenario stacked = stack == null ? changed : changed.onStack(stack);
        return pppd == null ? stacked : stacked.onPppd(pppd);
    }
}
