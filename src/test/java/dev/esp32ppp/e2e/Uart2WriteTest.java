package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.HdlcEncoder;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The board's own octets on UART2 (what a write to machine.UART(2) sends through the stack's
 * uart2-write): they leave on the cable as written, on either stack; here an LCP Echo-Request
 * the cable's sniffer names.
 */
@Tag("e2e")
class Uart2WriteTest {
    private static final byte[] ECHO_REQUEST = HexFormat.of().parseHex("ff03c02109070008cafe0001");

    @ParameterizedTest
    @EnumSource(Esp32Stack.class)
    void theBoardsOwnOctetsLeaveOnTheCable(Esp32Stack stack) {
        BoardSetup board = BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL).withStack(stack);
        try (Lab lab = Lab.start(new LabConfig(Topologies.esp32Alone(board), 1, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(60));
            String wire = HexFormat.of().formatHex(HdlcEncoder.encode(ECHO_REQUEST, 0xffffffff));

            assertThat(esp32.command("uart2-write " + wire)).isEqualTo("ok");

            assertThat(lab.events().await("esp32", EventKind.FRAME_SENT, Duration.ofSeconds(30)).detail())
                    .startsWith("[LCP EchoReq id=0x7");
        }
    }
}
