package dev.esp32ppp.esp32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Esp32StackTest {
    @Test
    void theStacksAreNamedAsStartShKnowsThem() {
        assertThat(Esp32Stack.byId("lwip")).isEqualTo(Esp32Stack.LWIP);
        assertThat(Esp32Stack.byId(" Model ")).isEqualTo(Esp32Stack.MODEL);
        assertThat(Esp32Stack.LWIP.id()).isEqualTo("lwip");
    }

    @Test
    void anUnknownStackNamesTheKnownOnes() {
        assertThatThrownBy(() -> Esp32Stack.byId("idf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown ESP32 stack 'idf'; known: model, lwip");
    }
}
