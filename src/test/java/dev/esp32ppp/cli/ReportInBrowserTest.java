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
        chromium.screenshot(index, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(HeadlessChromium.WIDTH);
        Matcher at = Pattern.compile("data-failed-check-at=\"(\\d+),(\\d+)\"").matcher(dom);
        assertThat(at.find()).as("the page told where the failed mark is").isTrue();
        int x = Integer.parseInt(at.group(1));
        int y = Integer.parseInt(at.group(2));
        assertThat(y).as("the failed mark is on the first screen").isLessThan(image.getHeight());
        assertThat(image.getRGB(x, y) & 0xffffff).as("the screenshot's pixel at the failed mark (%d, %d)", x, y)
                .isEqualTo(FAIL_RED);
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the page's script set " + name + " on load").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
