package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.HdlcEncoder;
import dev.esp32ppp.ppp.HdlcFraming;
import dev.esp32ppp.ppp.PppLink;
import dev.esp32ppp.ppp.PppPacket;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sniffer reads the wire with the links' own framing layer, whatever LCP agreed. */
@Tag("unit")
class SnifferTest {
    private static final byte[] PING = HexFormat.of().parseHex("4500001c00014000400100000a0005010a0005020800f7ff00000000");

    @Test
    void theSnifferAndTheLinkDecodeWithTheSameFramingLayer() {
        assertThat(HdlcFraming.Receiver.class).isAssignableFrom(Sniffer.class).isAssignableFrom(PppLink.class);
    }

    @Test
    void readsWhatTheFramingLayerWritesBeforeAndAfterLcpAgreedOnCompressionAndTheMap() {
        EventLog log = new EventLog();
        Sniffer sniffer = new Sniffer("esp32", log);
        HdlcFraming link = new HdlcFraming(1500, null); // sends only
        byte[] lcpRequest = HexFormat.of().parseHex("01010014" + "020600000000" + "05065a8309e7" + "0702" + "0802");

        byte[] before = link.frame(ControlProtocol.LCP.number(), lcpRequest);
        link.sendConfig(new HdlcFraming.SendConfig(0, true, true));
        byte[] after = link.frame(PppPacket.IP, PING);
        sniffer.accept(before, 0, before.length);
        sniffer.accept(after, 0, after.length);

        assertThat(log.events()).extracting(Event::kind, Event::detail).containsExactly(
                tuple(EventKind.FRAME_SENT, "[LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5a8309e7> <pcomp> <accomp>]"),
                tuple(EventKind.FRAME_SENT, "[IP 10.0.5.1 > 10.0.5.2 ICMP len=28]"));
        assertThat(HexFormat.of().formatHex(log.events().get(1).frame().content())).as("no address and control, a one-octet protocol")
                .startsWith("21" + "4500001c");
    }

    @Test
    void aFrameWithABadFcsIsRecordedAsBad() {
        EventLog log = new EventLog();
        byte[] wire = HdlcEncoder.encode(HexFormat.of().parseHex("ff030021" + "4500"), 0);
        wire[5] ^= 0x01;

        new Sniffer("saxonsoc", log).accept(wire, 0, wire.length);

        assertThat(log.of("saxonsoc", EventKind.FRAME_BAD)).extracting(Event::detail)
                .containsExactly("[bad FCS, 6 octets: ff 03 00 21 44 00]");
    }
}
