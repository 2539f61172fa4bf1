package dev.esp32ppp.ppp;

import java.util.regex.Pattern;

/**
 * Takes out of a line in pppd's notation (a frame, or a line of pppd's own log) what is drawn
 * at random on every run, so that two runs can be compared line by line: LCP magic numbers,
 * IPv6 interface identifiers (in IPV6CP options and link-local addresses, and inside a rejected
 * IPV6CP request) and process ids. Identifiers of requests stay: they are deterministic.
 */
public final class RandomFields {
    private static final Pattern MAGIC = Pattern.compile("(<magic |magic=)0x[0-9a-f]+");
    private static final Pattern LINK_LOCAL = Pattern.compile("fe80::[0-9a-f:]+");
    /** A rejected IPV6CP request carries the sender's interface identifier: its last 8 octets. */
    private static final Pattern REJECTED_IPV6CP = Pattern.compile("(ProtRej id=0x[0-9a-f]+ 80 57 01 01 00 0e 01 0a)( [0-9a-f]{2}){8}]");
    private static final Pattern PID = Pattern.compile("\\(pid \\d+\\)");

    private RandomFields() {
    }

    public static String masked(String line) {
        String text = MAGIC.matcher(line.strip()).replaceAll("$1*");
        text = LINK_LOCAL.matcher(text).replaceAll("fe80::*");
        text = REJECTED_IPV6CP.matcher(text).replaceAll("$1 ...]");
        return PID.matcher(text).replaceAll("(pid *)");
    }
}
