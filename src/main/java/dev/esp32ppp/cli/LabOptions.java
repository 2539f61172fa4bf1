package dev.esp32ppp.cli;

import dev.esp32ppp.api.Esp32PppLabBuilder;
import dev.esp32ppp.api.Firmware;
import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.HostPpp;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The options that change a scenario's lab: time scale, firmware, the ESP32's network stack, the
 * Linux's pppd and pppd's kernel.
 */
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
            description = "the Linux's pppd instead of the scenario's: 2.4.9 (the default) or 2.5.2")
    PppdVersion pppd;

    @Option(names = "--pppd-kernel", converter = PppdKernelConverter.class,
            description = "where the Linux nodes' pppd finds kernel PPP, instead of the scenario's: uml (user-mode "
                    + "Linux, the default and what the tests run) or native (the host's /dev/ppp)")
    PppdKernel pppdKernel;

    /** The host that native mode would need; another only in tests. */
    HostPpp host = HostPpp.ofThisHost();

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

    static final class PppdKernelConverter extends ByIdConverter<PppdKernel> {
        PppdKernelConverter() {
            super(PppdKernel::byId);
        }
    }

    void check() {
        if (timeScale != null && !(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("--time-scale must be above 0 and at most 10 (e.g. 0.1), was " + timeScale);
        }
    }

    /**
     * The scenarios as these options change them, each refused before any lab starts when its
     * pppd kernel needs what this host lacks.
     */
    List<Scenario> applyTo(List<Scenario> scenarios) {
        List<Scenario> changed = scenarios.stream().map(this::applyTo).toList();
        for (Scenario s : changed) {
            for (Scenario one = s; one != null; one = one.sideBySide()) {
                host.check(one.lab().pppdKernel());
            }
        }
        return changed;
    }

    /** The options over each lab's own settings: a scenario and the one beside it keep their own where no option is given. */
    private Scenario applyTo(Scenario s) {
        Scenario changed = s.withLabs(lab -> {
            Esp32PppLabBuilder scaled = lab.toBuilder()
                    .withTimeScale(fullTime ? 1.0 : timeScale != null ? timeScale : lab.timeScale());
            return (firmware == null ? scaled : scaled.withFirmware(Firmware.byId(firmware.id()))).build();
        });
        changed = stack == null ? changed : changed.onStack(stack);
        changed = pppd == null ? changed : changed.onPppd(pppd);
        return pppdKernel == null ? changed : changed.onPppdKernel(pppdKernel);
    }
}
