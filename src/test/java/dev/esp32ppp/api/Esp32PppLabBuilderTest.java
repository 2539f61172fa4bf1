package dev.esp32ppp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab builder: contradicting or unknown options fail at build() naming the option, before
 * any container starts (build() needs no Docker engine); sound ones give the lab they say.
 */
@Tag("unit")
class Esp32PppLabBuilderTest {
    @TempDir
    Path files;

    @Test
    void theAutostartLabHasTheFieldsNodesAndTheLanHostWhenAskedFor() {
        assertThat(Esp32PppLab.autostart().build().nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc");
        assertThat(Esp32PppLab.autostart().withLanHost().withPppd("2.5.2").withFirmware(Firmware.PNR5_IPFORWARD)
                .withStack(NetworkStack.MODEL).withLine(SerialLine.baud(115200).withBitErrorRate(1e-6)).build()
                .nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc", "lanhost");
        assertThat(Esp32PppLab.passthru().build().nodeNames()).containsExactly("esp32", "pc");
    }

    @Test
    void aLanHostInThePassthruTopologyIsRefused() {
        assertThatThrownBy(() -> Esp32PppLab.passthru().withLanHost().build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withLanHost()")
                .hasMessageContaining("passthru");
        assertThatThrownBy(() -> Esp32PppLab.passthru().withLanLinux().build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withLanLinux()");
    }

    @Test
    void aMainPyOrS30pppInThePassthruTopologyIsRefused() throws IOException {
        Path script = Files.writeString(files.resolve("S30ppp"), "pppd");
        assertThatThrownBy(() -> Esp32PppLab.passthru().withS30ppp(script).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withS30ppp()");
        assertThatThrownBy(() -> Esp32PppLab.passthru().withMainPy(script).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withMainPy()");
    }

    @Test
    void anUnknownPppdVersionIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Esp32PppLab.autostart().withPppd("2.6").build())
                .isInstanceOf(LabOptionException.class)
                .hasMessage("withPppd(\"2.6\"): unknown pppd version '2.6'; known: 2.4.9, 2.5.2");
    }

    @Test
    void aMissingFileIsRefusedNamingItsOption() {
        Path missing = files.resolve("main.py");
        assertThatThrownBy(() -> Esp32PppLab.autostart().withMainPy(missing).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withMainPy(" + missing + "): no such file");
        assertThatThrownBy(() -> Esp32PppLab.autostart().withFlash(missing).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withFlash(").hasMessageContaining("folder");
    }

    @Test
    void aLineOrTimeScaleOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Esp32PppLab.autostart().withLine(SerialLine.baud(300)).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withLine: baud");
        assertThatThrownBy(() -> Esp32PppLab.autostart().withLine(SerialLine.baud(9600).withBitErrorRate(0.5)).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withLine: bit-error rate");
        assertThatThrownBy(() -> Esp32PppLab.autostart().withTimeScale(0).build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withTimeScale(0.0)");
    }

    @Test
    void aBundledFileIsFoundAndAnUnknownOneNamed() {
        assertThat(Esp32PppLab.bundledFile("recipes/linux-default-route.sh")).isRegularFile();
        assertThatThrownBy(() -> Esp32PppLab.bundledFile("recipes/nothing.sh"))
                .hasMessageStartingWith("the harness brings no recipes/nothing.sh");
    }

    @Test
    void anUnknownEventKindInACheckIsRefused() {
        assertThatThrownBy(() -> Check.event("up", "esp32", "ppp-upp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ppp-upp");
    }
}
