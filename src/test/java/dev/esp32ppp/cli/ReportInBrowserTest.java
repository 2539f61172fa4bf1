package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.report.ReportFolder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harness run} on a real lab with a check that fails, then its report opened in the
 * distribution's headless Chromium: the page renders, its timeline has one lane per node, and the
 * failed check is there to see.
 */
@Tag("e2e")
class ReportInBrowserTest {
    private static final int FAIL_RED = 0xd0021b;

    @TempDir
    Path shots;

    @Test
    void theReportOfARunWithAFailedCheckRendersInABrowser() throws Exception {
        Path scenario = ProjectHome.path().resolve("src/test/resources/scenarios/one-check-fails.yaml");

        int exit = HarnessCli.commandLine().execute("run", scenario.toString());

        assertThat(exit).as("exit code of a run with a failed check").isEqualTo(1);
        Path index = ReportFolder.root().resolve("latest/index.html").toRealPath();
        assertThat(index.resolveSibling("junit.xml")).exists();
        HeadlessChromium chromium = HeadlessChromium.find();
        String dom = chromium.dom(index);
        assertThat(attribute(dom, "data-rendered-lanes")).as("lanes drawn: router, internet, esp32, saxonsoc")
                .isEqualTo(4);
        assertThat(attribute(dom, "data-rendered-failed-checks")).as("failed-check marks drawn").isEqualTo(1);

        Path png = shots.resolve("report.png");
        chromium.screenshot(index, png, 1400, 900);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(pixelsOf(image, FAIL_RED)).as("red of the failed check's mark and verdict, on screen")
                .isGreaterThan(100);
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the page's script set " + name + " on load").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int pixelsOf(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
