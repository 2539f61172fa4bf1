package dev.esp32ppp.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.lab.LabException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How many labs run at once: as given, or two a core and one per 2 GiB. */
@Tag("unit")
class JobsTest {
    @Test
    void theDefaultIsTwoLabsACoreUnlessMemoryIsShort() {
        assertThat(Jobs.forMachine(2, 24).count()).isEqualTo(4);
        assertThat(Jobs.forMachine(8, 6).count()).as("memory for three").isEqualTo(3);
        assertThat(Jobs.forMachine(1, 1).count()).as("at least one").isEqualTo(1);
        assertThat(Jobs.forMachine(2, 24).why()).isEqualTo("the default for 2 cores and 24 GiB; --jobs N to change it");
    }

    @Test
    void aGivenCountIsTakenAndFewerThanOneIsRefusedSayingWhatToGive() {
        assertThat(Jobs.of(3)).isEqualTo(new Jobs(3, "--jobs 3"));
        assertThat(Jobs.of(null).count()).isPositive();
        assertThatThrownBy(() -> Jobs.of(0)).isInstanceOf(LabException.class)
                .hasMessage("--jobs 0: give how many labs may run at once, at least 1 (--jobs 1 runs them one "
                        + "after the other)");
    }
}
