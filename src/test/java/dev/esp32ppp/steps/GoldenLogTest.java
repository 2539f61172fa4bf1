package dev.esp32ppp.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a golden file of pppd's lines takes as a match, and what it names when it does not. */
@Tag("unit")
class GoldenLogTest {
    private final GoldenLog golden = new GoldenLog(Path.of("golden.txt"), List.of(
            "~ sent [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a 19 48 30 02 45 eb 9a 9a]",
            "rcvd [IPCP ConfReq id=0x2 <addr 0.0.0.0>]",
            "sent [IPCP ConfNak id=0x2 <addr 10.0.5.1>]"));

    private static List<String> console(String... pppdLines) {
        return Arrays.stream(pppdLines).map(line -> "  1.0 Dec  1 pc local2.debug pppd[977]: " + line).toList();
    }

    @Test
    void theLinesInOrderWithRandomIdentifiersAndOtherLinesBetween() {
        List<String> log = GoldenLog.pppdLines(console(
                "rcvd [LCP ConfReq id=0x1 <magic 0x12345678>]",
                "sent [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a de ad be ef 01 02 03 04]",
                "rcvd [IPCP ConfReq id=0x2 <addr 0.0.0.0>]",
                "sent [IPCP ConfNak id=0x2 <addr 10.0.5.1>]"));

        assertThat(golden.mismatch(log)).isNull();
        assertThat(golden.matched(log)).containsExactly(
                "sent [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a ...]",
                "rcvd [IPCP ConfReq id=0x2 <addr 0.0.0.0>]",
                "sent [IPCP ConfNak id=0x2 <addr 10.0.5.1>]");
    }

    @Test
    void anotherIdIsAMismatchNamedWithItsLine() {
        List<String> log = GoldenLog.pppdLines(console(
                "sent [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a de ad be ef 01 02 03 04]",
                "rcvd [IPCP ConfReq id=0x1 <addr 0.0.0.0>]",
                "sent [IPCP ConfNak id=0x1 <addr 10.0.5.1>]"));

        assertThat(golden.mismatch(log)).isEqualTo("pppd did not log 'rcvd [IPCP ConfReq id=0x2 <addr 0.0.0.0>]' "
                + "after its line 0 (golden.txt)");
    }

    @Test
    void aFloatingLineAfterTheLastOrderedOneIsAMismatch() {
        List<String> log = GoldenLog.pppdLines(console(
                "rcvd [IPCP ConfReq id=0x2 <addr 0.0.0.0>]",
                "sent [IPCP ConfNak id=0x2 <addr 10.0.5.1>]",
                "sent [LCP ProtRej id=0x2 80 57 01 01 00 0e 01 0a de ad be ef 01 02 03 04]"));

        assertThat(golden.mismatch(log)).startsWith("pppd did not log 'sent [LCP ProtRej id=0x2 80 57");
    }
}
