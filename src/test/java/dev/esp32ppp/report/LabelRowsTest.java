package dev.esp32ppp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Labels of a lane placed in rows: none over another, a lane no taller than it needs. */
@Tag("unit")
class LabelRowsTest {
    private static final double RIGHT = 1098;

    private static LabelRows.Label label(double x, String text) {
        return new LabelRows.Label(x, text);
    }

    @Test
    void labelsFarApartShareTheFirstRow() {
        List<LabelRows.Placed> placed = LabelRows.place(List.of(label(100, "power on"), label(300, "kernel"),
                label(500, "pppd start")), List.of(), RIGHT);

        assertThat(placed).extracting(LabelRows.Placed::row).containsExactly(0, 0, 0);
        assertThat(LabelRows.rows(placed)).isEqualTo(1);
    }

    @Test
    void autostartsCrowdAroundTenSecondsGoesOnRowsOneBelowAnother() {
        // the esp32 lane of autostart: connect() makes ppp0 the default, WiFi takes it back, SOCKS starts
        List<LabelRows.Placed> placed = LabelRows.place(List.of(label(700.1, "default: ppp0"),
                label(700.2, "connect()"), label(702.5, "WiFi up"), label(702.6, "default: wlan0"),
                label(709, "SOCKS")), List.of(), RIGHT);

        assertThat(placed).extracting(LabelRows.Placed::row).containsExactly(0, 1, 2, 3, 4);
        assertThat(LabelRows.rows(placed)).isEqualTo(5);
        assertNoneOverlaps(placed);
    }

    @Test
    void aRowIsReusedOnceTheLabelBeforeHasEnded() {
        List<LabelRows.Placed> placed = LabelRows.place(List.of(label(100, "pppd start"), label(110, "ppp0 up"),
                label(100 + LabelRows.width("pppd start") + 4, "pppd exit")), List.of(), RIGHT);

        assertThat(placed).extracting(LabelRows.Placed::row).containsExactly(0, 1, 0);
    }

    @Test
    void theFirstRowKeepsClearOfTheMarksStandingOnIt() {
        // saxonsoc's ppp0 comes up as the checks are passed: the label goes below their marks
        List<LabelRows.Placed> placed = LabelRows.place(List.of(label(990, "ppp0 up"), label(400, "kernel")),
                List.of(new LabelRows.Taken(1000, 1018)), RIGHT);

        assertThat(placed).extracting(LabelRows.Placed::row).containsExactly(1, 0);
    }

    @Test
    void neighboursWithOneTextPrintItOnceWithACount() {
        List<LabelRows.Placed> placed = LabelRows.place(List.of(label(200, "plugged"), label(201, "plugged"),
                label(600, "plugged")), List.of(), RIGHT);

        assertThat(placed.get(0)).isEqualTo(new LabelRows.Placed(200, "plugged \u00d72", 0));
        assertThat(placed.get(1)).as("printed with the first").isNull();
        assertThat(placed.get(2)).isEqualTo(new LabelRows.Placed(600, "plugged", 0));
    }

    @Test
    void aLabelAtTheRightEdgeMovesLeftToStayInThePicture() {
        LabelRows.Placed placed = LabelRows.place(List.of(label(1090, "NTP failed")), List.of(), RIGHT).get(0);

        assertThat(placed.end()).isEqualTo(RIGHT);
        assertThat(placed.x()).isLessThan(1090);
    }

    @Test
    void noTwoLabelsOfARowOverlapNorCrossAMarkWhateverTheyAre() {
        Random random = new Random(11);
        List<String> texts = List.of("power on", "kernel", "pppd start", "ppp0 up", "connect()", "WiFi up",
                "default: wlan0", "default: ppp0", "SOCKS", "NTP ok", "recipe", "plugged", "unplugged");
        for (int round = 0; round < 200; round++) {
            List<LabelRows.Label> labels = new ArrayList<>();
            for (int i = random.nextInt(30); i >= 0; i--) {
                labels.add(label(96 + random.nextDouble() * 1000, texts.get(random.nextInt(texts.size()))));
            }
            List<LabelRows.Taken> taken = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                double x = 96 + random.nextDouble() * 1000;
                taken.add(new LabelRows.Taken(x - 9, x + 9));
            }
            List<LabelRows.Placed> placed = LabelRows.place(labels, taken, RIGHT);
            assertNoneOverlaps(placed);
            assertThat(placed.stream().filter(p -> p != null && p.row() == 0)).allSatisfy(p -> assertThat(taken)
                    .noneMatch(t -> t.from() < p.end() && p.x() < t.to()));
            assertThat(placed.stream().filter(Objects::nonNull)).allSatisfy(p -> assertThat(p.end()).isLessThanOrEqualTo(RIGHT));
        }
    }

    @Test
    void widthsAreOnTheWideSideOfDejaVuSans() {
        // the widths DejaVu Sans, the widest common sans-serif, draws at 10 px (measured with java.awt)
        assertThat(LabelRows.width("connect()")).isGreaterThanOrEqualTo(47.7);
        assertThat(LabelRows.width("WiFi up")).isGreaterThanOrEqualTo(37.1);
        assertThat(LabelRows.width("default: wlan0")).isGreaterThanOrEqualTo(71.6);
        assertThat(LabelRows.width("PPP window 10 s")).isGreaterThanOrEqualTo(83.6);
        assertThat(LabelRows.width("NTP failed")).isGreaterThanOrEqualTo(50.6);
    }

    private static void assertNoneOverlaps(List<LabelRows.Placed> placed) {
        List<LabelRows.Placed> labels = placed.stream().filter(Objects::nonNull).toList();
        for (LabelRows.Placed a : labels) {
            for (LabelRows.Placed b : labels) {
                if (a != b && a.row() == b.row()) {
                    assertThat(a.end() <= b.x() || b.end() <= a.x()).as("%s and %s on row %d", a, b, a.row()).isTrue();
                }
            }
        }
    }
}
