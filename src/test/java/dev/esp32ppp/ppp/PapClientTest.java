package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PapClientTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final List<byte[]> sent = new ArrayList<>();
    private final List<Boolean> results = new ArrayList<>();
    private final PapClient pap = new PapClient((protocol, information) -> sent.add(information), clock,
            new FsmConfig(3000, 3, 2, 5), "esp", "pw", results::add);

    @Test
    void sendsNameAndPasswordUntilAcked() {
        pap.start();
        clock.advance(3000);
        assertThat(sent).hasSize(2);
        assertThat(HexFormat.of().formatHex(sent.get(0))).isEqualTo("0101000b" + "03657370" + "027077");

        pap.receive(new ControlPacket(PapClient.AUTH_ACK, 1, new byte[] {0}));
        clock.advance(30_000);
        assertThat(results).containsExactly(true);
        assertThat(sent).hasSize(2);
    }

    @Test
    void givesUpAfterItsTries() {
        pap.start();
        clock.advance(30_000);
        assertThat(sent).hasSize(3);
        assertThat(results).containsExactly(false);
    }
}
