package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.PppPacket;
import dev.esp32ppp.ppp.RandomFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the differential test takes out of a transcript, and what it keeps. */
@Tag("unit")
class StackTranscriptTest {
    private static Event sent(String node, int protocol, String detail) {
        return new Event(Duration.ZERO, node, EventKind.FRAME_SENT, detail, new Frame(new byte[] {1}, protocol));
    }

    private static Event lcp(String node, String detail) {
        return sent(node, ControlProtocol.LCP.number(), detail);
    }

    private static Event at(String node, EventKind kind) {
        return Event.of(Duration.ZERO, node, kind, "");
    }

    @Test
    void randomNumbersRepeatsAndTheInterleavingOfProtocolsGoEachProtocolsOrderStays() {
        String text = StackTranscript.of(List.of(
                at("esp32", EventKind.MODEL_READY),
                lcp("esp32", "[LCP ConfReq id=0x1 <magic 0xb65f140b>]"),
                lcp("esp32", "[LCP ConfReq id=0x1 <magic 0xb65f140b>]"),
                at("saxonsoc", EventKind.PPPD_START),
                lcp("saxonsoc", "[LCP ConfReq id=0x1 <magic 0x578e5b13>]"),
                lcp("esp32", "[LCP ConfReq id=0x1 <magic 0xb65f140b>]"),
                lcp("esp32", "[LCP ConfAck id=0x1 <magic 0x578e5b13>]"),
                lcp("saxonsoc", "[LCP EchoReq id=0x0 magic=0x578e5b13]"),
                lcp("esp32", "[LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a e5 e9 71 aa ba db eb b0]"),
                sent("esp32", 0x8057, "[IPV6CP ConfReq id=0x1 <addr fe80::e5e9:71aa:badb:ebb0>]"),
                sent("saxonsoc", 0x21, "[IP 10.0.5.2 > 10.0.5.1 ICMP len=20]"),
                sent("saxonsoc", 0x2d, "[VJ-comp 12 octets]"),
                sent("saxonsoc", 0x21, "[IP 10.0.5.2 > 10.0.5.1 TCP len=40]"),
                at("esp32", EventKind.MODEL_READY),
                lcp("esp32", "[LCP ConfReq id=0x1 <magic 0x0badcafe>]")));

        assertThat(text).isEqualTo("""
                after the lab's start:
                after esp32 model-ready:
                  esp32 [IPV6CP ConfReq id=0x1 <addr fe80::*>]
                  esp32 [LCP ConfAck id=0x1 <magic *>]
                  esp32 [LCP ConfReq id=0x1 <magic *>]
                  esp32 [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a ...]
                  saxonsoc [LCP ConfReq id=0x1 <magic *>]
                after esp32 model-ready:
                  esp32 [LCP ConfReq id=0x1 <magic *>]
                saxonsoc keepalives and data: IP, LCP EchoReq, VJ-comp
                """);
    }

    /** Passthru: the pc's first request lands before or after the ESP32's next retransmission. */
    @Test
    void whetherAnEndsRequestOrItsAnswerGoesFirstIsTimingTheOrderOfItsRequestsIsNot() {
        List<Event> answerFirst = List.of(at("esp32", EventKind.MODEL_READY),
                lcp("esp32", "[LCP ConfAck id=0x1 <magic 0x578e5b13>]"),
                lcp("esp32", "[LCP ConfReq id=0x1 <magic 0xb65f140b>]"),
                lcp("esp32", "[LCP ConfReq id=0x2 <mru 1500> <magic 0xb65f140b>]"));
        List<Event> requestFirst = List.of(answerFirst.get(0), answerFirst.get(2), answerFirst.get(1),
                answerFirst.get(3));
        List<Event> requestsSwapped = List.of(answerFirst.get(0), answerFirst.get(1), answerFirst.get(3),
                answerFirst.get(2));

        assertThat(StackTranscript.of(requestFirst)).isEqualTo(StackTranscript.of(answerFirst));
        assertThat(StackTranscript.of(requestsSwapped)).isNotEqualTo(StackTranscript.of(answerFirst));
    }

    /** A late answer crosses a retransmission: both ends negotiate IPCP once more under new identifiers. */
    @Test
    void aNegotiationRepeatedUnderNewIdentifiersIsARepeatAnOtherRequestIsNot() {
        String ipcp = "[IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0>]";
        List<Event> once = List.of(at("esp32", EventKind.MODEL_READY), sent("esp32", 0x8021, ipcp),
                sent("saxonsoc", 0x8021, "[IPCP ConfNak id=0x1 <addr 10.0.5.1>]"));
        List<Event> again = List.of(once.get(0), once.get(1), once.get(2), sent("esp32", 0x8021, ipcp.replace("0x1", "0x4")),
                sent("saxonsoc", 0x8021, "[IPCP ConfNak id=0x4 <addr 10.0.5.1>]"));
        List<Event> otherRequest = List.of(once.get(0), once.get(1), once.get(2),
                sent("esp32", 0x8021, "[IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 10.0.5.1>]"));

        assertThat(StackTranscript.of(again)).isEqualTo(StackTranscript.of(once));
        assertThat(StackTranscript.of(otherRequest)).isNotEqualTo(StackTranscript.of(once));
    }

    @Test
    void whatANegotiationAsksAndAnswersStaysAsSent() {
        String ipcp = "[IPCP ConfReq id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]";
        String ccp = "[LCP ProtRej id=0x2 80 fd 01 01 00 0f 1a 04 78 00 18 04 78 00 15 03 2f]";

        assertThat(RandomFields.masked(ipcp)).isEqualTo(ipcp);
        assertThat(RandomFields.masked(ccp)).isEqualTo(ccp);
    }

    @Test
    void routerSolicitationsCountOnlyWhenTheLabRanLongEnoughAfterPppUpForEveryEndToHaveSentOne() {
        byte[] solicitation = HexFormat.of().parseHex("ff030057" + "6000000000103afffe80000000000000e5e971aabadbebb0"
                + "ff02000000000000000000000000000285007e0d000000000101000000000000");
        List<Event> events = List.of(
                Event.of(Duration.ofSeconds(10), "esp32", EventKind.PPP_UP, "local=10.0.5.1 peer=10.0.5.2"),
                new Event(Duration.ofSeconds(11), "esp32", EventKind.FRAME_SENT, "[IPv6 len=56]",
                        new Frame(solicitation, PppPacket.IPV6)),
                sent("esp32", PppPacket.IPV6, "[IPv6 len=48]"),
                Event.of(Duration.ofSeconds(14), "harness", EventKind.CHECK_PASS, "done"));
        List<Event> longer = new ArrayList<>(events);
        longer.add(Event.of(Duration.ofSeconds(15), "harness", EventKind.LAB_STOP, "lab"));

        assertThat(StackTranscript.of(events)).endsWith("esp32 keepalives and data: IPv6\n");
        assertThat(StackTranscript.of(longer)).endsWith("esp32 keepalives and data: IPv6, IPv6 router solicitation\n");
    }
}
