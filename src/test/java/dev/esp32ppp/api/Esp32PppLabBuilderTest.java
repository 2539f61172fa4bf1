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
    @Test
    void aDefinitionsBuilderBuildsItAgainAndChangesOnlyWhatItIsTold() {
        LabDefinition told = Esp32PppLab.autostart().withFirmware(Firmware.PNR5_IPFORWARD).withLanLinux()
                .withPppd("2.5.2").withTimeScale(0.2).build();
        assertThat(told.toBuilder().build()).isEqualTo(told).hasSameHashCodeAs(told);
        LabDefinition slower = told.toBuilder().withTimeScale(0.4).build();
        assertThat(slower).isNotEqualTo(told);
        assertThat(slower.timeScale()).isEqualTo(0.4);
        assertThat(slower.boards()).isEqualTo(told.boards());
        assertThat(slower.nodeNames()).isEqualTo(told.nodeNames()).contains("lanlinux");
        assertThat(slower.toBuilder().withTimeScale(0.2).build()).isEqualTo(told);
    }

    @Test
    void nativePppdIsUndoneByFalse() {
        LabDefinition nativeOne = Esp32PppLab.autostart().withNativePppd().build();
        assertThat(nativeOne.pppdKernel()).isEqualTo(dev.esp32ppp.events.PppdKernel.NATIVE);
        assertThat(nativeOne.toBuilder().withNativePppd(false).build())
                .isEqualTo(Esp32PppLab.autostart().build());
    }

    @Test
    void aPackagePinNamesAKnownReleaseAndNeedsTheInternet() {
        LabDefinition pinned = Esp32PppLab.autostart().withPackageIndexPin("micropython-socks", "0.1").build();
        assertThat(pinned).isNotEqualTo(Esp32PppLab.autostart().build());
        assertThat(pinned.nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc");
        assertThatThrownBy(() -> Esp32PppLab.autostart().withPackageIndexPin("micropython-sox", "0.1").build())
                .isInstanceOf(LabOptionException.class)
                .hasMessageStartingWith("withPackageIndexPin(\"micropython-sox\", \"0.1\"): no package 'micropython-sox'");
        assertThatThrownBy(() -> Esp32PppLab.passthru().withPackageIndexPin("micropython-socks", "0.1").build())
                .isInstanceOf(LabOptionException.class).hasMessageStartingWith("withPackageIndexPin()")
                .hasMessageContaining("no internet node");
    }

    @Test
    void aTopologyByNameIsOneOfTheKnown() {
        assertThat(Esp32PppLab.topology("passthru").build()).isEqualTo(Esp32PppLab.passthru().build());
        assertThatThrownBy(() -> Esp32PppLab.topology("mesh")).isInstanceOf(LabOptionException.class)
                .hasMessage("unknown topology 'mesh'; known: autostart, passthru");
    }

    @Test
    void firmwareAndStackIdsAreThoseOfScenarioFilesAndTheCommandLine() {
        assertThat(Firmware.byId("pnr5-ipforward")).isEqualTo(Firmware.PNR5_IPFORWARD);
        assertThat(NetworkStack.byId("model")).isEqualTo(NetworkStack.MODEL);
        assertThatThrownBy(() -> Firmware.byId("idf4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idf3-official");
    }
}
