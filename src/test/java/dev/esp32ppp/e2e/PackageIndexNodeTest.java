package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.NodeRole;
import dev.esp32ppp.lab.PackageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * The internet node's package index (containers/internet/package-index.sh in the internet image)
 * written from a folder of packages: the JSON upip reads, the archives it downloads, pins.
 */
@Tag("e2e")
class PackageIndexNodeTest {
    @TempDir
    Path packages;

    /** What the node's web root holds after the script ran on the packages: path to content. */
    private String index(String pins, String show) {
        try (GenericContainer<?> node = new GenericContainer<>(
                DockerImageName.parse(ImageCatalog.ofProject().image(NodeRole.INTERNET)))
                .withImagePullPolicy(name -> false)
                .withNetworkMode("none")
                .withFileSystemBind(packages.toString(), "/opt/packages", BindMode.READ_ONLY)
                .withEnv(PackageIndex.PINS_VARIABLE, pins)
                .withCommand("sh", "-c", "sh /opt/node/package-index.sh /opt/packages /srv/www && cd /srv/www && "
                        + show)
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
            node.start();
            return node.getLogs();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    private void packages() throws IOException {
        for (String version : List.of("0.9", "0.10", "0.2")) {
            Path tree = Files.createDirectories(packages.resolve("micropython-a-" + version));
            Files.writeString(tree.resolve("a.py"), "VERSION = '" + version + "'\n");
        }
        Files.write(packages.resolve("micropython-b-1.0.tar.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
    }

    @Test
    void theNewestIsTheNumericallyHighestAndEachReleaseIsServedOnBothIndexes() throws IOException {
        packages();
        Map<String, Object> pi = json(index("", "cat pi/micropython-a/json"));
        assertThat(pi.get("info")).isEqualTo(Map.of("name", "micropython-a", "version", "0.10"));
        assertThat(((Map<String, Object>) pi.get("releases")).keySet()).containsExactly("0.2", "0.9", "0.10");
        assertThat(pi.get("releases")).extracting(r -> ((Map<?, ?>) r).get("0.10")).isEqualTo(List.of(Map.of(
                "url", "https://micropython.org/pi/micropython-a/micropython-a-0.10.tar.gz",
                "filename", "micropython-a-0.10.tar.gz")));
        Map<String, Object> pypi = json(index("", "cat pypi/micropython-b/json"));
        assertThat(pypi.get("releases")).extracting(r -> ((Map<?, ?>) r).get("1.0")).isEqualTo(List.of(Map.of(
                "url", "https://files.pythonhosted.org/packages/source/m/micropython-b/micropython-b-1.0.tar.gz",
                "filename", "micropython-b-1.0.tar.gz")));
    }

    @Test
    void aFolderIsPackedUnderItsTopFolderAndADroppedArchiveIsServedAsItIs() throws IOException {
        packages();
        assertThat(index("", "tar -tzf pi/micropython-a/micropython-a-0.9.tar.gz && tar -xzOf "
                + "packages/source/m/micropython-a/micropython-a-0.9.tar.gz micropython-a-0.9/a.py"))
                .isEqualTo("micropython-a-0.9/\nmicropython-a-0.9/a.py\nVERSION = '0.9'\n");
        assertThat(index("", "od -An -tu1 pi/micropython-b/micropython-b-1.0.tar.gz").strip())
                .isEqualTo("31 139   8   0   1   2   3");
    }

    @Test
    void aPinnedPackageEndsAtItsVersionAndNothingNewerIsServed() throws IOException {
        packages();
        Map<String, Object> pi = json(index("micropython-a=0.9", "cat pi/micropython-a/json"));
        assertThat(pi.get("info")).isEqualTo(Map.of("name", "micropython-a", "version", "0.9"));
        assertThat(((Map<String, Object>) pi.get("releases")).keySet()).containsExactly("0.2", "0.9");
        assertThat(index("micropython-a=0.9", "ls pi/micropython-a pi/micropython-b"))
                .isEqualTo("pi/micropython-a:\njson\nmicropython-a-0.2.tar.gz\nmicropython-a-0.9.tar.gz\n\n"
                        + "pi/micropython-b:\njson\nmicropython-b-1.0.tar.gz\n");
    }
}
