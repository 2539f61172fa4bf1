package dev.esp32ppp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The log's clock, its typed details and its awaits. */
@Tag("unit")
class EventLogTest {
    private final EventLog log = new EventLog();

    @Test
    void anAwaitedEventRecordedBeforeIsTheFirstOfItsKindFromItsNode() {
        log.record("esp32", EventKind.PPP_CONNECT, "");
        log.record("saxonsoc", EventKind.PPP0_UP, "first");
        log.record("saxonsoc", EventKind.PPP0_UP, "second");

        assertThat(log.await("saxonsoc", EventKind.PPP0_UP, Duration.ZERO).detail()).isEqualTo("first");
    }

    @Test
    void anAwaitEndsWhenTheEventIsRecordedNotAtItsTimeout() {
        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        try {
            log.record("saxonsoc", EventKind.PPP0_DOWN, "not this one");
            other.schedule(() -> log.record("saxonsoc", EventKind.PPP0_UP, "inet 10.0.5.2"), 200, TimeUnit.MILLISECONDS);

            Event up = log.await("saxonsoc", EventKind.PPP0_UP, Duration.ofSeconds(30));

            assertThat(up.detail()).isEqualTo("inet 10.0.5.2");
            assertThat(log.now()).as("the wait ended with the event").isLessThan(Duration.ofSeconds(10));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anEventThatDoesNotComeIsATimeoutThatSaysWhat() {
        log.record("esp32", EventKind.PPP_UP, "another node's");

        assertThatThrownBy(() -> log.await("saxonsoc", EventKind.PPP_UP, Duration.ofMillis(100)))
                .isInstanceOf(EventTimeoutException.class).hasMessage("no ppp-up from saxonsoc within 0 s");
        assertThatThrownBy(() -> log.await("the link up", e -> e.kind() == EventKind.PPP0_UP, Duration.ofSeconds(1)))
                .hasMessage("no the link up within 1 s");
    }

    @Test
    void aKindWithTypedDataGetsItFromTheDetailItIsRecordedWith() {
        PppWindow window = new PppWindow("idf3-official", Duration.ofSeconds(10));

        Event active = log.record("esp32", EventKind.PPP_ACTIVE, window.text());

        assertThat(active.detail()).isEqualTo("profile=idf3-official window=10000ms");
        assertThat(active.data()).isEqualTo(window);
        assertThat(log.record("esp32", EventKind.PPP_ACTIVE, "something else").data()).isNull();
        assertThat(log.record("esp32", EventKind.PPP_UP, "local=10.0.5.1").data()).isNull();
    }

    @Test
    void theStackThatCameUpIsTypedAsEitherStackWritesIt() {
        Event lwip = log.record("esp32", EventKind.MODEL_READY, "profile=idf3-official stack=lwip lwip=2.1.3");
        Event model = log.record("esp32", EventKind.MODEL_READY, new StackReady("pnr5-ipforward", "model", null).text());

        assertThat(lwip.data()).isEqualTo(new StackReady("idf3-official", "lwip", "2.1.3"));
        assertThat(((StackReady) lwip.data()).label()).isEqualTo("lwip 2.1.3");
        assertThat(model.detail()).isEqualTo("profile=pnr5-ipforward stack=model");
        assertThat(((StackReady) model.data()).label()).isEqualTo("model");
    }

    @Test
    void thePppdThatStartedIsTypedAsTheNodeScriptWritesIt() {
        Event started = log.record("saxonsoc", EventKind.PPPD_START, "version=2.4.9 pid=812 815");

        assertThat(started.data()).isEqualTo(new PppdStart("2.4.9"));
        assertThat(((PppdStart) started.data()).label()).isEqualTo("pppd 2.4.9");
        assertThat(log.record("saxonsoc", EventKind.PPPD_START, "pid=812").data()).as("no version told").isNull();
    }

    @Test
    void theModeALinuxNodeBootedInIsTyped() {
        assertThat(log.record("saxonsoc", EventKind.KERNEL_UP, "uml").data()).isEqualTo(PppdKernel.UML);
        assertThat(log.record("pc", EventKind.KERNEL_UP, "native").data()).isEqualTo(PppdKernel.NATIVE);
        assertThat(log.record("saxonsoc", EventKind.KERNEL_UP, "kvm").data()).isNull();
    }

    @Test
    void aFrameIsTypedAndGoesToTheTranscript() {
        Event frame = log.recordFrame("esp32", EventKind.FRAME_SENT, "[LCP ConfReq id=0x1]",
                new Frame(new byte[] {(byte) 0xc0, 0x21, 1}, 0xc021));

        assertThat(frame.isFrame()).isTrue();
        assertThat(frame.frame().protocol()).isEqualTo(0xc021);
        assertThat(log.record("esp32", EventKind.PPP_UP, "").frame()).isNull();
        assertThat(log.select(Event::isFrame)).containsExactly(frame);
    }
}
