package dev.esp32ppp.e2e;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.PppPacket;
import dev.esp32ppp.ppp.RandomFields;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A lab's PPP transcript as the stack differential test compares it: what each end negotiated,
 * with what differs from run to run taken out. Magic numbers and IPv6 interface identifiers are
 * random; times, and so how often a request is sent again before the other end answers, how
 * one protocol's frames interleave with another's and whether an end's request or its answer to
 * the other's request goes first, depend on when each end starts (in passthru the pc's pppd starts
 * while the ESP32 is already requesting, and its first request lands before or after the ESP32's
 * next retransmission). So the frames fall into epochs that begin whenever the ESP32's stack
 * (re)starts; within an epoch each sender's frames of each control protocol and code (ConfReq,
 * ConfAck, ...) are listed in the order it first sent them, a repeat dropped. A frame that differs
 * from one its sender sent earlier in the epoch only by its identifier is a repeat too: when an
 * answer comes later than the other end's restart timer (pppd in a loaded guest once answered an
 * IPCP request 1.1 s late, past lwIP's 1 s), the late answer crosses the retransmission and both
 * ends negotiate that protocol once more, the same frames under the next identifiers. Keepalives
 * (LCP Echo, Discard) and data are a set of kinds per sender over the whole run. (A pppd's start is no epoch: its console reports it after its first frame has gone.)
 * IPv6 Router Solicitations come on timer ticks after the link is up (lwIP's every 4 s from its
 * start, Linux's at once and 4 s later): they count only when the lab ran long enough after the
 * last PPP up that every end must have sent its first, and are left out otherwise.
 */
final class StackTranscript {
    private static final Pattern IDENTIFIER = Pattern.compile(" id=0x[0-9a-f]+");
    private static final Pattern KEEPALIVE = Pattern.compile("^\\[LCP (EchoReq|EchoRep|DiscReq) .*");
    static final String ROUTER_SOLICITATION = "IPv6 router solicitation";
    /** lwIP's first solicitation is due within 4 s of the link's IPv6 coming up; a second more for the tick. */
    private static final Duration SOLICITATIONS_DUE = Duration.ofSeconds(5);

    private StackTranscript() {
    }

    /** The comparable text of a lab's events: one line an epoch's frame, then a line a sender's other kinds. */
    static String of(List<Event> events) {
        StringBuilder text = new StringBuilder();
        Map<String, Map<String, String>> epoch = new TreeMap<>();
        Map<String, SortedSet<String>> otherKinds = new TreeMap<>();
        String epochStart = "the lab's start";
        for (Event event : events) {
            if (event.kind() == EventKind.LAB_STOP) {
                break; // what the nodes report while the lab is taken down is no part of the run
            }
            if (event.kind() == EventKind.MODEL_READY) {
                write(text, epochStart, epoch);
                epochStart = event.node() + " " + event.kind().id();
                epoch.clear();
            } else if (event.kind() == EventKind.FRAME_BAD) {
                otherKinds.computeIfAbsent(event.node(), node -> new TreeSet<>()).add("bad frame");
            } else if (event.isFrame()) {
                if (isNegotiation(event)) {
                    String protocol = ControlProtocol.of(event.frame().protocol()).orElseThrow().name();
                    String frame = RandomFields.masked(event.detail());
                    epoch.computeIfAbsent(event.node() + " " + protocol + " " + codeOf(event), key -> new LinkedHashMap<>())
                            .putIfAbsent(IDENTIFIER.matcher(frame).replaceFirst(" id=*"), frame);
                } else {
                    otherKinds.computeIfAbsent(event.node(), node -> new TreeSet<>()).add(kindOf(event));
                }
            }
        }
        write(text, epochStart, epoch);
        if (!solicitationsDue(events)) {
            otherKinds.values().forEach(kinds -> kinds.remove(ROUTER_SOLICITATION));
        }
        otherKinds.forEach((node, kinds) -> text.append(node).append(" keepalives and data: ")
                .append(String.join(", ", kinds)).append('\n'));
        return text.toString();
    }

    private static void write(StringBuilder text, String epochStart, Map<String, Map<String, String>> epoch) {
        text.append("after ").append(epochStart).append(":\n");
        epoch.forEach((senderAndProtocol, frames) -> frames.values().forEach(frame -> text.append("  ")
                .append(senderAndProtocol.split(" ")[0]).append(' ').append(frame).append('\n')));
    }

    private static boolean isNegotiation(Event event) {
        return ControlProtocol.of(event.frame().protocol()).isPresent() && !KEEPALIVE.matcher(event.detail()).matches();
    }

    /** {@code [LCP ConfReq id=0x1 ...]} has the code ConfReq. */
    private static String codeOf(Event event) {
        String[] words = words(event);
        return words.length > 1 ? words[1] : "";
    }

    private static String[] words(Event event) {
        return event.detail().replaceFirst("^\\[", "").split("[ \\]]");
    }

    /** {@code [IP 10.0.5.2 > ...]} is IP, {@code [LCP EchoReq id=0x3 ...]} is LCP EchoReq; router solicitations by their type. */
    private static String kindOf(Event event) {
        if (isRouterSolicitation(event.frame())) {
            return ROUTER_SOLICITATION;
        }
        String[] words = words(event);
        return KEEPALIVE.matcher(event.detail()).matches() ? words[0] + " " + words[1] : words[0];
    }

    /** IPv6 (next header ICMPv6) carrying ICMPv6 type 133. */
    private static boolean isRouterSolicitation(Frame frame) {
        PppPacket packet = PppPacket.parse(frame.content());
        byte[] ip = packet == null ? new byte[0] : packet.information();
        return packet != null && packet.protocol() == PppPacket.IPV6 && ip.length > 40 && ip[6] == 58
                && (ip[40] & 0xff) == 133;
    }

    /** Whether the lab ran on {@link #SOLICITATIONS_DUE} after the last time a PPP end came up. */
    private static boolean solicitationsDue(List<Event> events) {
        Duration end = events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).at();
        return events.stream().filter(e -> e.kind() == EventKind.PPP_UP || e.kind() == EventKind.PPP0_UP)
                .map(Event::at).reduce((first, second) -> second)
                .map(up -> end.minus(up).compareTo(SOLICITATIONS_DUE) >= 0).orElse(false);
    }
}
