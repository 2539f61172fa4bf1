package dev.esp32ppp.e2e;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.ppp.ControlProtocol;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * random; times, and so how often a request is sent again before the other end answers, depend
 * on when each end starts. So the frames fall into epochs that begin whenever a PPP end starts
 * (the ESP32's stack comes up, a pppd starts); within an epoch each sender's negotiation frames
 * are listed in the order it first sent them, a repeat dropped; keepalives (LCP Echo, Discard)
 * and data are a set of kinds per sender over the whole run.
 */
final class StackTranscript {
    private static final Set<EventKind> PPP_END_STARTS = EnumSet.of(EventKind.MODEL_READY, EventKind.PPPD_START);
    private static final Pattern MAGIC = Pattern.compile("(<magic |magic=)0x[0-9a-f]+");
    private static final Pattern INTERFACE_ID = Pattern.compile("<addr fe80::[0-9a-f:]+>");
    /** A rejected IPV6CP packet carries the sender's random interface identifier. */
    private static final Pattern REJECTED_IPV6CP = Pattern.compile("(ProtRej id=0x[0-9a-f]+ 80 57) [0-9a-f ]+]");
    private static final Pattern KEEPALIVE = Pattern.compile("^\\[LCP (EchoReq|EchoRep|DiscReq) .*");

    private StackTranscript() {
    }

    /** The comparable text of a lab's events: one line an epoch's frame, then a line a sender's other kinds. */
    static String of(List<Event> events) {
        StringBuilder text = new StringBuilder();
        Map<String, Set<String>> epoch = new TreeMap<>();
        Map<String, SortedSet<String>> otherKinds = new TreeMap<>();
        String epochStart = "the lab's start";
        for (Event event : events) {
            if (PPP_END_STARTS.contains(event.kind())) {
                write(text, epochStart, epoch);
                epochStart = event.node() + " " + event.kind().id();
                epoch.clear();
            } else if (event.kind() == EventKind.FRAME_BAD) {
                otherKinds.computeIfAbsent(event.node(), node -> new TreeSet<>()).add("bad frame");
            } else if (event.isFrame()) {
                if (isNegotiation(event)) {
                    epoch.computeIfAbsent(event.node(), node -> new LinkedHashSet<>()).add(normalised(event.detail()));
                } else {
                    otherKinds.computeIfAbsent(event.node(), node -> new TreeSet<>()).add(kindOf(event.detail()));
                }
            }
        }
        write(text, epochStart, epoch);
        otherKinds.forEach((node, kinds) -> text.append(node).append(" keepalives and data: ")
                .append(String.join(", ", kinds)).append('\n'));
        return text.toString();
    }

    private static void write(StringBuilder text, String epochStart, Map<String, Set<String>> epoch) {
        text.append("after ").append(epochStart).append(":\n");
        epoch.forEach((node, frames) -> frames.forEach(frame -> text.append("  ").append(node).append(' ')
                .append(frame).append('\n')));
    }

    private static boolean isNegotiation(Event event) {
        return ControlProtocol.of(event.frame().protocol()).isPresent() && !KEEPALIVE.matcher(event.detail()).matches();
    }

    static String normalised(String frame) {
        String text = MAGIC.matcher(frame).replaceAll("$1*");
        text = INTERFACE_ID.matcher(text).replaceAll("<addr fe80::*>");
        return REJECTED_IPV6CP.matcher(text).replaceAll("$1 ...]");
    }

    /** {@code [IP 10.0.5.2 > ...]} is IP, {@code [LCP EchoReq id=0x3 ...]} is LCP EchoReq. */
    private static String kindOf(String frame) {
        String[] words = frame.replaceFirst("^\\[", "").split("[ \\]]");
        return KEEPALIVE.matcher(frame).matches() ? words[0] + " " + words[1] : words[0];
    }
}
