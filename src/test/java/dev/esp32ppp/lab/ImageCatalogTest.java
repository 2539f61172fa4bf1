package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ImageCatalogTest {
    @TempDir
    Path containers;

    @BeforeEach
    void recipes() throws IOException {
        for (String dir : new String[] {"base", "common", "router", "saxonsoc", "esp32", "internet"}) {
            Files.createDirectories(containers.resolve(dir));
            Files.writeString(containers.resolve(dir).resolve("start.sh"), "echo " + dir);
        }
        Files.writeString(containers.resolve(ImageCatalog.NODE_DOCKERFILE), "FROM x");
        Files.writeString(containers.resolve("saxonsoc/Dockerfile"), "FROM y");
    }

    @Test
    void tagsStayTheSameWhileTheInputsDo() {
        ImageCatalog catalog = new ImageCatalog(containers);
        assertThat(catalog.image(NodeRole.ROUTER)).isEqualTo(new ImageCatalog(containers).image(NodeRole.ROUTER))
                .startsWith("esp32ppp/router:");
    }

    @Test
    void changingARoleChangesOnlyThatRolesTag() throws IOException {
        ImageCatalog catalog = new ImageCatalog(containers);
        String router = catalog.image(NodeRole.ROUTER);
        String esp32 = catalog.image(NodeRole.ESP32);
        Files.writeString(containers.resolve("router/start.sh"), "echo changed");

        assertThat(catalog.image(NodeRole.ROUTER)).isNotEqualTo(router);
        assertThat(catalog.image(NodeRole.ESP32)).isEqualTo(esp32);
    }

    @Test
    void changingTheBaseChangesEveryTag() throws IOException {
        ImageCatalog catalog = new ImageCatalog(containers);
        String base = catalog.baseImage();
        String saxonsoc = catalog.image(NodeRole.SAXONSOC);
        Files.writeString(containers.resolve("base/packages.txt"), "ppp");

        assertThat(catalog.baseImage()).isNotEqualTo(base);
        assertThat(catalog.image(NodeRole.SAXONSOC)).isNotEqualTo(saxonsoc);
    }

    @Test
    void aRoleWithItsOwnDockerfileUsesIt() {
        ImageCatalog catalog = new ImageCatalog(containers);
        assertThat(catalog.dockerfile(NodeRole.SAXONSOC)).isEqualTo(containers.resolve("saxonsoc/Dockerfile"));
        assertThat(catalog.dockerfile(NodeRole.ROUTER)).isEqualTo(containers.resolve(ImageCatalog.NODE_DOCKERFILE));
    }
}
