package dev.esp32ppp.ppp;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * lwIP's IPv6 Router Solicitations on a PPP link (nd6.c). Once IPV6CP is up the link-local
 * address is usable, and lwIP's neighbour-discovery timer, a tick a second from the stack's
 * start that solicits only on every fourth tick (1 s, 5 s, 9 s, ...), sends a Router
 * Solicitation from it to all routers, three in all. The option for the source's link-layer
 * address is there but empty, as PPP has none: 56 octets a datagram. pppd's Linux is no router
 * and lets them be.
 */
final class RouterSolicitations {
    static final int COUNT = 3;
    private static final long TICK_MILLIS = 1000;
    private static final long SOLICIT_EVERY_MILLIS = 4 * TICK_MILLIS;
    private static final int ICMPV6 = 58;
    private static final int ROUTER_SOLICITATION = 133;
    private static final int SOURCE_LINK_LAYER_ADDRESS = 1;
    private static final byte[] ALL_ROUTERS = {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};

    private final Scheduler scheduler;
    private final long start;
    private final Consumer<byte[]> send;
    private Scheduler.Timer timer;

    /** @param send takes each solicitation, an IPv6 datagram */
    RouterSolicitations(Scheduler scheduler, Consumer<byte[]> send) {
        this.scheduler = scheduler;
        this.start = scheduler.nowMillis();
        this.send = send;
    }

    /** IPV6CP is up with this interface identifier: solicit on the next three soliciting ticks. */
    void start(byte[] interfaceId) {
        stop();
        schedule(datagram(interfaceId), COUNT);
    }

    /** IPV6CP went down: the address is gone, no more solicitations. */
    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void schedule(byte[] solicitation, int left) {
        long since = scheduler.nowMillis() - start;
        long next = since < TICK_MILLIS ? TICK_MILLIS
                : TICK_MILLIS + ((since - TICK_MILLIS) / SOLICIT_EVERY_MILLIS + 1) * SOLICIT_EVERY_MILLIS;
        timer = scheduler.schedule(next - since, () -> {
            send.accept(solicitation);
            timer = null;
            if (left > 1) {
                schedule(solicitation, left - 1);
            }
        });
    }

    /** From fe80::{interfaceId} to ff02::2, hop limit 255, with an empty link-layer address option. */
    static byte[] datagram(byte[] interfaceId) {
        byte[] source = ByteBuffer.allocate(16).put(new byte[] {(byte) 0xfe, (byte) 0x80}).position(8)
                .put(interfaceId).array();
        ByteBuffer icmp = ByteBuffer.allocate(16).put((byte) ROUTER_SOLICITATION).put((byte) 0).putShort((short) 0)
                .putInt(0).put((byte) SOURCE_LINK_LAYER_ADDRESS).put((byte) 1);
        icmp.putShort(2, (short) checksum(source, icmp.array()));
        return ByteBuffer.allocate(40 + 16).putInt(0x60000000).putShort((short) 16).put((byte) ICMPV6)
                .put((byte) 255).put(source).put(ALL_ROUTERS).put(icmp.array()).array();
    }

    /** The ICMPv6 checksum: the one's complement sum over the pseudo-header and the message. */
    private static int checksum(byte[] source, byte[] message) {
        ByteBuffer pseudo = ByteBuffer.allocate(40 + message.length).put(source).put(ALL_ROUTERS)
                .putInt(message.length).putInt(ICMPV6).put(message);
        long sum = 0;
        for (int i = 0; i < pseudo.capacity(); i += 2) {
            sum += Octets.uint16(pseudo.array(), i);
        }
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) ~sum & 0xffff;
    }
}
