package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package index's folder read as the internet node reads it, and pins checked against it. */
@Tag("unit")
class PackageIndexTest {
    @TempDir
    Path packages;

    private PackageIndex index() throws IOException {
        Files.createDirectories(packages.resolve("micropython-socks-0.1"));
        Files.createDirectories(packages.resolve("micropython-socks-0.10"));
        Files.writeString(packages.resolve("micropython-socks-0.9.tar.gz"), "");
        Files.writeString(packages.resolve("micropython-ntp-1.0.tar.gz"), "");
        Files.writeString(packages.resolve("notes.txt"), "");
        Files.createDirectories(packages.resolve("noversion"));
        return new PackageIndex(packages, Map.of());
    }

    @Test
    void packagesAreFoldersAndArchivesTheVersionAfterTheLastDash() throws IOException {
        Map<String, ? extends Collection<String>> releases = index().releases();
        assertThat(releases.keySet()).containsExactly("micropython-ntp", "micropython-socks");
        assertThat(releases.get("micropython-socks")).as("numerically").containsExactly("0.1", "0.9", "0.10");
        assertThat(releases.get("micropython-ntp")).containsExactly("1.0");
    }

    @Test
    void pinsAreWhatTheNodeScriptTakes() throws IOException {
        PackageIndex pinned = index().pinned("micropython-socks", "0.9").pinned("micropython-ntp", "1.0");
        assertThat(pinned.pinsValue()).isEqualTo("micropython-socks=0.9 micropython-ntp=1.0");
        assertThat(Nodes.internet(pinned).env()).containsEntry(PackageIndex.PINS_VARIABLE, pinned.pinsValue());
        assertThat(Nodes.internet(pinned).files()).containsEntry(packages, "/opt/packages");
        assertThat(Nodes.internet().env()).as("nothing pinned").doesNotContainKey(PackageIndex.PINS_VARIABLE);
    }

    @Test
    void aPinOfWhatTheFolderLacksNamesWhatItHas() throws IOException {
        PackageIndex index = index();
        assertThatThrownBy(() -> index.pinned("micropython-sox", "0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no package 'micropython-sox' in " + packages + "; it has micropython-ntp, micropython-socks");
        assertThatThrownBy(() -> index.pinned("micropython-socks", "1.0"))
                .hasMessage("no version '1.0' of micropython-socks in " + packages + "; it has 0.1, 0.9, 0.10");
    }
}
