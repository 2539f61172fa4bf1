package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConsoleLogTest {
    @Test
    void eventLinesBecomeEventsOfTheNodeAndEveryLineIsKept() {
        EventLog events = new EventLog();
        ConsoleLog console = new ConsoleLog("saxonsoc", events);

        console.line("Run /opt/node/guest-init.sh as init process");
        console.line("@@event init-script S30ppp");
        console.line("@@event boot-done");

        assertThat(events.events()).extracting(Event::node, e -> e.kind().id(), Event::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("saxonsoc", "init-script", "S30ppp"),
                        org.assertj.core.groups.Tuple.tuple("saxonsoc", "boot-done", ""));
        assertThat(console.lines()).hasSize(3).last().asString().endsWith("@@event boot-done");
    }
}
