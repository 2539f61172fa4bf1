package dev.esp32ppp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.lab.LabException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --shard K/N, or auto from GitLab's parallel jobs; anything else says what it wants. */
@Tag("unit")
class ShardTest {
    private static final Map<String, String> NO_CI = Map.of();

    @Test
    void kOfNIsTakenAsWritten() {
        assertThat(Shard.parse("2/4", NO_CI)).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("1/1", NO_CI)).isEqualTo(new Shard(1, 1));
    }

    @Test
    void autoTakesGitLabsNodeIndexAndTotal() {
        assertThat(Shard.parse("auto", Map.of("CI_NODE_INDEX", "3", "CI_NODE_TOTAL", "4"))).isEqualTo(new Shard(3, 4));
    }

    /** The rest of the mistakes, one line each through the command line, are rows of CliErrorsTest. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1/", "-1/4", "1/4/2", "3", "1 / 4", "9999999999/4"})
    void anythingButKOfNIsRefused(String text) {
        assertThatThrownBy(() -> Shard.parse(text, NO_CI)).isInstanceOf(LabException.class)
                .hasMessageStartingWith("--shard '" + text + "' is not K/N");
    }
}
