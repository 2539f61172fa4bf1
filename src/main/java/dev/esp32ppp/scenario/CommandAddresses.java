package dev.esp32ppp.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IPv4 addresses a scenario's command may use: real ones, in the subnets of its lab (the lab
 * cannot reach anything else), or loopback, the any address and broadcast, which every node has.
 */
final class CommandAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");

    private CommandAddresses() {
    }

    /** Refuses, at the key's line, a command with an address that is not real or not in {@code subnets} (CIDR). */
    static void check(YamlMap map, String key, List<String> subnets) {
        Matcher m = IPV4.matcher(map.text(key));
        while (m.find()) {
            long address = number(m.group());
            if (address < 0) {
                throw map.fail(key, "bad address '" + m.group() + "': an octet is above 255");
            }
            long first = address >>> 24;
            boolean onEveryNode = first == 127 || first == 0 || first == 255;
            if (!onEveryNode && subnets.stream().noneMatch(subnet -> contains(subnet, address))) {
                throw map.fail(key, "bad address '" + m.group() + "': not in the lab (" + String.join(", ", subnets)
                        + "); the lab cannot reach anything else");
            }
        }
    }

    private static boolean contains(String subnet, long address) {
        String[] network = subnet.split("/");
        long mask = 0xffff_ffffL << (32 - Integer.parseInt(network[1])) & 0xffff_ffffL;
        return (address & mask) == (number(network[0]) & mask);
    }

    /** A dotted address as a number, or -1 when an octet is above 255. */
    private static long number(String dotted) {
        long number = 0;
        for (String octet : dotted.split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return -1;
            }
            number = number << 8 | value;
        }
        return number;
    }
}
