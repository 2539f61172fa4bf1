package dev.esp32ppp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The line a node prints for an event, and the event read back from a console line. */
@Tag("unit")
class EventLineTest {
    @Test
    void aLineCarriesTheKindsNameAndItsDetail() {
        assertThat(new EventLine(EventKind.MODEL_READY, "profile=lwip-source").text())
                .isEqualTo("@@event model-ready profile=lwip-source");
        assertThat(new EventLine(EventKind.PPP_DOWN, "").text()).isEqualTo("@@event ppp-down");
    }

    @Test
    void aConsoleLineGivesItsEventWhereverTheEventStarts() {
        assertThat(EventLine.find("[   12.5] @@event init-script S30ppp"))
                .isEqualTo(new EventLine(EventKind.INIT_SCRIPT, "S30ppp"));
        assertThat(EventLine.find("@@event boot-done ")).isEqualTo(new EventLine(EventKind.BOOT_DONE, ""));
        assertThat(EventLine.find("Run /opt/node/guest-init.sh as init process")).isNull();
    }

    @Test
    void aKindOutsideTheCatalogueIsKeptWithItsWords() {
        assertThat(EventLine.find("@@event my-own-thing 42")).isEqualTo(
                new EventLine(EventKind.UNCATALOGUED, "my-own-thing 42"));
    }
}
