package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BuildOutputTest {
    @Test
    void keepsTheLastLinesAsTheBuildStreamsThemInPieces() {
        BuildOutput output = new BuildOutput();
        for (int i = 0; i < 100; i++) {
            output.record("Step " + i + "\n");
        }
        output.record("\u001B[91mcontainers/esp32/lwip/esp32-lwip.c:12:5: err");
        output.record("or: expected ';'\r\n\u001B[0m\u001B[91mesp32-lwip: the build failed; the program is "
                + "containers/esp32/lwip/esp32-lwip.c\n");

        String tail = output.tail();
        assertThat(tail.lines()).hasSize(BuildOutput.KEPT_LINES).doesNotContain("Step 61").contains("Step 99")
                .endsWith("containers/esp32/lwip/esp32-lwip.c:12:5: error: expected ';'",
                        "esp32-lwip: the build failed; the program is containers/esp32/lwip/esp32-lwip.c");
    }

    @Test
    void aLastLineWithoutItsEndIsShownToo() {
        BuildOutput output = new BuildOutput();
        output.record("one\ntwo");
        assertThat(output.tail()).isEqualTo("one\ntwo");
    }
}
