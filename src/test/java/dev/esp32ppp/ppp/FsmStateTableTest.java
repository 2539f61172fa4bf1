package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The state transition table of RFC 1661 section 4.1, cell by cell: from each state, each event
 * gives the listed observable actions (tlu, tld, tls, tlf and the packets scr, sca, scn, str,
 * sta, scj) and the next state. irc and zrc are counter settings, seen through TO+ and TO-.
 * Where lwIP's fsm.c departs from the table, the cell says what lwIP does.
 */
@Tag("unit")
class FsmStateTableTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> actions = new ArrayList<>();
    private boolean ackNextRequest = true;

    private final class RecordingLayer implements FsmLayer {
        @Override
        public void resetOptions() {
        }

        @Override
        public byte[] requestOptions() {
            return new byte[] {1, 4, 5, (byte) 0xdc};
        }

        @Override
        public ConfigureVerdict examine(byte[] options, boolean rejectInsteadOfNak) {
            return ackNextRequest ? ConfigureVerdict.ack(options) : ConfigureVerdict.nak(options);
        }

        @Override
        public boolean acked(byte[] options) {
            return true;
        }

        @Override
        public boolean naked(byte[] options, boolean rejected) {
            return true;
        }

        @Override
        public void up() {
            actions.add("tlu");
        }

        @Override
        public void down() {
            actions.add("tld");
        }

        @Override
        public void started() {
            actions.add("tls");
        }

        @Override
        public void finished() {
            actions.add("tlf");
        }
    }

    private Fsm fsm(int maxConfigure, int maxTerminate) {
        return new Fsm(ControlProtocol.LCP, new RecordingLayer(), (protocol, information) -> {
            String[] names = {null, "scr", "sca", "scn", "scn", "str", "sta", "scj"};
            actions.add(names[information[0]]);
        }, clock, new FsmConfig(1000, maxConfigure, maxTerminate, 5), (protocol, from, to) -> { },
                () -> Lcp.DEFAULT_MRU);
    }

    /** Drives a fresh automaton into {@code state} with legal events. */
    private void reach(Fsm fsm, FsmState state) {
        switch (state) {
            case INITIAL -> { }
            case STARTING -> fsm.open();
            case CLOSED -> fsm.up();
            case STOPPED -> {
                reach(fsm, FsmState.REQ_SENT);
                fsm.receive(codeReject(ControlPacket.CONF_REQ));
            }
            case CLOSING -> {
                reach(fsm, FsmState.REQ_SENT);
                fsm.close("test");
            }
            case STOPPING -> {
                reach(fsm, FsmState.CLOSING);
                fsm.open();
            }
            case REQ_SENT -> {
                fsm.up();
                fsm.open();
            }
            case ACK_RCVD -> {
                reach(fsm, FsmState.REQ_SENT);
                fsm.receive(packet(ControlPacket.CONF_ACK, 1));
            }
            case ACK_SENT -> {
                reach(fsm, FsmState.REQ_SENT);
                fsm.receive(packet(ControlPacket.CONF_REQ, 50));
            }
            case OPENED -> {
                reach(fsm, FsmState.ACK_RCVD);
                fsm.receive(packet(ControlPacket.CONF_REQ, 51));
            }
        }
        assertThat(fsm.state()).isEqualTo(state);
    }

    private static ControlPacket packet(int code, int id) {
        return new ControlPacket(code, id, new byte[] {1, 4, 5, (byte) 0xdc});
    }

    private static ControlPacket codeReject(int rejectedCode) {
        return new ControlPacket(ControlPacket.CODE_REJ, 77, new byte[] {(byte) rejectedCode, 1, 0, 4});
    }

    private void fire(Fsm fsm, String event) {
        switch (event) {
            case "Up" -> fsm.up();
            case "Down" -> fsm.down();
            case "Open" -> fsm.open();
            case "Close" -> fsm.close("test");
            case "TO+", "TO-" -> clock.advance(1000);
            case "RCR+" -> fsm.receive(packet(ControlPacket.CONF_REQ, 60));
            case "RCR-" -> {
                ackNextRequest = false;
                fsm.receive(packet(ControlPacket.CONF_REQ, 61));
            }
            case "RCA" -> fsm.receive(packet(ControlPacket.CONF_ACK, 1));
            case "RCN" -> fsm.receive(packet(ControlPacket.CONF_NAK, 1));
            case "RTR" -> fsm.receive(new ControlPacket(ControlPacket.TERM_REQ, 70, new byte[0]));
            case "RTA" -> fsm.receive(new ControlPacket(ControlPacket.TERM_ACK, 71, new byte[0]));
            case "RUC" -> fsm.receive(new ControlPacket(99, 72, new byte[0]));
            case "RXJ+" -> fsm.receive(codeReject(ControlPacket.ECHO_REQ));
            case "RXJ-" -> fsm.receive(codeReject(ControlPacket.CONF_REQ));
            default -> throw new IllegalArgumentException(event);
        }
    }

    @ParameterizedTest(name = "{0} + {1} -> {2} / {3}")
    @CsvSource(delimiter = '|', value = {
        // Up, Down, Open, Close
        "INITIAL   | Up    |              | CLOSED",
        "STARTING  | Up    | scr          | REQ_SENT",
        "CLOSED    | Down  |              | INITIAL",
        "STOPPED   | Down  | tls          | STARTING",
        "CLOSING   | Down  |              | INITIAL",
        "STOPPING  | Down  |              | STARTING",
        "REQ_SENT  | Down  |              | STARTING",
        "ACK_RCVD  | Down  |              | STARTING",
        "ACK_SENT  | Down  |              | STARTING",
        "OPENED    | Down  | tld          | STARTING",
        "INITIAL   | Open  | tls          | STARTING",
        "STARTING  | Open  |              | STARTING",
        "CLOSED    | Open  | scr          | REQ_SENT",
        "STOPPED   | Open  |              | STOPPED",
        "CLOSING   | Open  |              | STOPPING",
        "STOPPING  | Open  |              | STOPPING",
        "REQ_SENT  | Open  |              | REQ_SENT",
        "OPENED    | Open  |              | OPENED",
        "INITIAL   | Close |              | INITIAL",
        "STARTING  | Close | tlf          | INITIAL",
        "CLOSED    | Close |              | CLOSED",
        "STOPPED   | Close |              | CLOSED",
        "CLOSING   | Close |              | CLOSING",
        "STOPPING  | Close |              | CLOSING",
        "REQ_SENT  | Close | str          | CLOSING",
        "ACK_RCVD  | Close | str          | CLOSING",
        "ACK_SENT  | Close | str          | CLOSING",
        "OPENED    | Close | tld str      | CLOSING",
        // timeouts with the counter above zero (TO+)
        "CLOSING   | TO+   | str          | CLOSING",
        "STOPPING  | TO+   | str          | STOPPING",
        "REQ_SENT  | TO+   | scr          | REQ_SENT",
        "ACK_RCVD  | TO+   | scr          | REQ_SENT",
        "ACK_SENT  | TO+   | scr          | ACK_SENT",
        // receive Configure-Request, good (RCR+) and bad (RCR-)
        "CLOSED    | RCR+  | sta          | CLOSED",
        "STOPPED   | RCR+  | scr sca      | ACK_SENT",
        "CLOSING   | RCR+  |              | CLOSING",
        "STOPPING  | RCR+  |              | STOPPING",
        "REQ_SENT  | RCR+  | sca          | ACK_SENT",
        "ACK_RCVD  | RCR+  | sca tlu      | OPENED",
        "ACK_SENT  | RCR+  | sca          | ACK_SENT",
        "OPENED    | RCR+  | tld scr sca  | ACK_SENT",
        "CLOSED    | RCR-  | sta          | CLOSED",
        "STOPPED   | RCR-  | scr scn      | REQ_SENT",
        "REQ_SENT  | RCR-  | scn          | REQ_SENT",
        "ACK_RCVD  | RCR-  | scn          | ACK_RCVD",
        "ACK_SENT  | RCR-  | scn          | REQ_SENT",
        "OPENED    | RCR-  | tld scr scn  | REQ_SENT",
        // receive Configure-Ack (RCA) and Configure-Nak/Rej (RCN); in ACK_RCVD and OPENED our request
        // was acked already, and lwIP drops a second answer to it (seen_ack) where RFC 1661 restarts
        "CLOSED    | RCA   | sta          | CLOSED",
        "STOPPED   | RCA   | sta          | STOPPED",
        "CLOSING   | RCA   |              | CLOSING",
        "STOPPING  | RCA   |              | STOPPING",
        "REQ_SENT  | RCA   |              | ACK_RCVD",
        "ACK_RCVD  | RCA   |              | ACK_RCVD",
        "ACK_SENT  | RCA   | tlu          | OPENED",
        "OPENED    | RCA   |              | OPENED",
        "CLOSED    | RCN   | sta          | CLOSED",
        "STOPPED   | RCN   | sta          | STOPPED",
        "CLOSING   | RCN   |              | CLOSING",
        "STOPPING  | RCN   |              | STOPPING",
        "REQ_SENT  | RCN   | scr          | REQ_SENT",
        "ACK_RCVD  | RCN   |              | ACK_RCVD",
        "ACK_SENT  | RCN   | scr          | ACK_SENT",
        "OPENED    | RCN   |              | OPENED",
        // receive Terminate-Request (RTR) and Terminate-Ack (RTA)
        "CLOSED    | RTR   | sta          | CLOSED",
        "STOPPED   | RTR   | sta          | STOPPED",
        "CLOSING   | RTR   | sta          | CLOSING",
        "STOPPING  | RTR   | sta          | STOPPING",
        "REQ_SENT  | RTR   | sta          | REQ_SENT",
        "ACK_RCVD  | RTR   | sta          | REQ_SENT",
        "ACK_SENT  | RTR   | sta          | REQ_SENT",
        "OPENED    | RTR   | tld sta      | STOPPING",
        "CLOSED    | RTA   |              | CLOSED",
        "STOPPED   | RTA   |              | STOPPED",
        "CLOSING   | RTA   | tlf          | CLOSED",
        "STOPPING  | RTA   | tlf          | STOPPED",
        "REQ_SENT  | RTA   |              | REQ_SENT",
        "ACK_RCVD  | RTA   |              | REQ_SENT",
        "ACK_SENT  | RTA   |              | ACK_SENT",
        "OPENED    | RTA   | tld scr      | REQ_SENT",
        // unknown code (RUC), Code-Reject permitted (RXJ+) and catastrophic (RXJ-)
        "CLOSED    | RUC   | scj          | CLOSED",
        "STOPPED   | RUC   | scj          | STOPPED",
        "CLOSING   | RUC   | scj          | CLOSING",
        "STOPPING  | RUC   | scj          | STOPPING",
        "REQ_SENT  | RUC   | scj          | REQ_SENT",
        "ACK_RCVD  | RUC   | scj          | ACK_RCVD",
        "ACK_SENT  | RUC   | scj          | ACK_SENT",
        "OPENED    | RUC   | scj          | OPENED",
        "CLOSED    | RXJ+  |              | CLOSED",
        "STOPPED   | RXJ+  |              | STOPPED",
        "CLOSING   | RXJ+  |              | CLOSING",
        "STOPPING  | RXJ+  |              | STOPPING",
        "REQ_SENT  | RXJ+  |              | REQ_SENT",
        "ACK_RCVD  | RXJ+  |              | REQ_SENT",
        "ACK_SENT  | RXJ+  |              | ACK_SENT",
        "OPENED    | RXJ+  |              | OPENED",
        "CLOSED    | RXJ-  | tlf          | CLOSED",
        "STOPPED   | RXJ-  | tlf          | STOPPED",
        "CLOSING   | RXJ-  | tlf          | CLOSED",
        "STOPPING  | RXJ-  | tlf          | STOPPED",
        "REQ_SENT  | RXJ-  | tlf          | STOPPED",
        "ACK_RCVD  | RXJ-  | tlf          | STOPPED",
        "ACK_SENT  | RXJ-  | tlf          | STOPPED",
        "OPENED    | RXJ-  | tld str      | STOPPING",
    })
    void withCountersLeft(FsmState from, String event, String expectedActions, FsmState next) {
        check(fsm(10, 2), from, event, expectedActions, next);
    }

    /** With no restarts left (irc set the counter to 0), a timeout is TO-. */
    @ParameterizedTest(name = "{0} + TO- -> {2} / {1}")
    @CsvSource(delimiter = '|', value = {
        "CLOSING   | tlf | CLOSED",
        "STOPPING  | tlf | STOPPED",
        "REQ_SENT  | tlf | STOPPED",
        "ACK_RCVD  | tlf | STOPPED",
        "ACK_SENT  | tlf | STOPPED",
    })
    void timeoutWithNoRestartsLeft(FsmState from, String expectedActions, FsmState next) {
        check(fsm(0, 0), from, "TO-", expectedActions, next);
    }

    private void check(Fsm fsm, FsmState from, String event, String expectedActions, FsmState next) {
        reach(fsm, from);
        actions.clear();
        fire(fsm, event);
        assertThat(String.join(" ", actions)).isEqualTo(expectedActions == null ? "" : expectedActions);
        assertThat(fsm.state()).isEqualTo(next);
    }
}
