package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.Esp32Stack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** ./harness bench's options: which stacks it measures. */
@Tag("unit")
class BenchCommandTest {
    @Test
    void withoutStacksItMeasuresTheModelThenLwip() {
        BenchCommand bench = new BenchCommand();

        new CommandLine(bench).parseArgs("--only", "window");

        assertThat(bench.stacks).containsExactly(Esp32Stack.MODEL, Esp32Stack.LWIP);
    }

    @Test
    void stacksTakesTheChosenOnesInTheirOrder() {
        BenchCommand bench = new BenchCommand();

        new CommandLine(bench).parseArgs("--stacks", "lwip,model");

        assertThat(bench.stacks).containsExactly(Esp32Stack.LWIP, Esp32Stack.MODEL);
    }
}
