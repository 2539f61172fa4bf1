package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Packets rendered as pppd's debug log does; the expected lines are from the field notes and pppd. */
@Tag("unit")
class PppdNotationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ff03c021010100140206000000000506 87e37850 07020802 | [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x87e37850> <pcomp> <accomp>]",
        "c02108020014 8057 0101000e010a19483002 45eb9a9a | [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a 19 48 30 02 45 eb 9a 9a]",
        "8021 0201 0010 0206002d0f01 03060a000502 | [IPCP ConfAck id=0x1 <compress VJ 0f 01> <addr 10.0.5.2>]",
        "8021 0102 0010 0206002d0f01 030600000000 | [IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 0.0.0.0>]",
        "8021 0302 000a 03060a000501 | [IPCP ConfNak id=0x2 <addr 10.0.5.1>]",
        "c021 0900 0008 208c1c10 | [LCP EchoReq id=0x0 magic=0x208c1c10]",
        "c021 0502 0010 5573657220726571756573 74 | [LCP TermReq id=0x2 \"User request\"]",
        "8057 0101 000e 010a f5be81c083fdc702 | [IPV6CP ConfReq id=0x1 <addr fe80::f5be:81c0:83fd:c702>]",
        "80fd 0101 000f 1a047800 18047800 15032f | [CCP ConfReq id=0x1 <deflate 15> <deflate(old#) 15> <bsd v1 15>]",
        "c021 0103 0007 0d0306 | [LCP ConfReq id=0x3 <0d 03 06>]",
        "21 4500001c00004000400100000a0005020a000501 | [IP 10.0.5.2 > 10.0.5.1 ICMP len=20]",
        // tunnels: IPIP (protocol 4) and GRE (47) show the packet they carry
        "21 4500002800004000400400000a000502c0a81c1e 4500001400004000400600000a000506c6120050"
            + " | [IP 10.0.5.2 > 192.168.28.30 IPIP len=40 [IP 10.0.5.6 > 198.18.0.80 TCP len=20]]",
        "21 4500002c00004000402f0000c0a81c1e0a000502 00000800 450000140000400040060000c61200500a000506"
            + " | [IP 192.168.28.30 > 10.0.5.2 GRE len=44 [IP 198.18.0.80 > 10.0.5.6 TCP len=20]]",
        "21 4500003000004000402f0000c0a81c1e0a000502 20000800 0000002a 450000140000400040110000c61200500a000506"
            + " | [IP 192.168.28.30 > 10.0.5.2 GRE len=48 [IP 198.18.0.80 > 10.0.5.6 UDP len=20]]",
        "21 4500002000004000402f00000a000502c0a81c1e 000086dd 6000000000000000"
            + " | [IP 10.0.5.2 > 192.168.28.30 GRE len=32 [IPv6 len=8]]",
        "21 4500001800004000402f00000a000502c0a81c1e 00006558 | [IP 10.0.5.2 > 192.168.28.30 GRE len=24 ethertype=0x6558]",
        // a tunnel's packet cut in fragments: the first shows what it carries, the others only their offset
        "21 4500002800002000400400000a000502c0a81c1e 4500001400004000400600000a000506c6120050"
            + " | [IP 10.0.5.2 > 192.168.28.30 IPIP len=40 frag offset=0 more [IP 10.0.5.6 > 198.18.0.80 TCP len=20]]",
        "21 45000018000000b9400400000a000502c0a81c1e 0102030405060708"
            + " | [IP 10.0.5.2 > 192.168.28.30 IPIP len=28 frag offset=1480]",
    })
    void rendersLikePppd(String hex, String expected) {
        PppPacket packet = PppPacket.parse(HexFormat.of().parseHex(hex.replace(" ", "")));
        assertThat(PppdNotation.format(packet)).isEqualTo(expected);
    }
}
