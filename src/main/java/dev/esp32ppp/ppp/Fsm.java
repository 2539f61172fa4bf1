package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.FsmState.ACK_RCVD;
import static dev.esp32ppp.ppp.FsmState.ACK_SENT;
import static dev.esp32ppp.ppp.FsmState.CLOSED;
import static dev.esp32ppp.ppp.FsmState.CLOSING;
import static dev.esp32ppp.ppp.FsmState.INITIAL;
import static dev.esp32ppp.ppp.FsmState.OPENED;
import static dev.esp32ppp.ppp.FsmState.REQ_SENT;
import static dev.esp32ppp.ppp.FsmState.STARTING;
import static dev.esp32ppp.ppp.FsmState.STOPPED;
import static dev.esp32ppp.ppp.FsmState.STOPPING;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * The option negotiation automaton of RFC 1661 section 4: states, events, actions, restart
 * timer and counters. The protocol specifics live in the {@link FsmLayer}; the automaton knows
 * nothing of time but what its {@link Scheduler} tells it.
 */
public final class Fsm implements ControlHandler {
    /** Told of every change of state, e.g. (IPCP, REQ_SENT, ACK_SENT). */
    @FunctionalInterface
    public interface TransitionListener {
        void transition(ControlProtocol protocol, FsmState from, FsmState to);
    }

    private final ControlProtocol protocol;
    private final FsmLayer layer;
    private final PacketSender sender;
    private final Scheduler scheduler;
    private final FsmConfig config;
    private final TransitionListener onTransition;
    private final IntSupplier peerMru;

    private FsmState state = INITIAL;
    private int restartCounter;
    private int failureCounter;
    private int nextId = 1;
    private int requestId = -1;
    /** What our Terminate-Requests say: the last Close's reason, every one of them (lwIP's term_reason). */
    private String terminateReason;
    /** Our latest request was answered (lwIP's seen_ack): a second answer to it is dropped. */
    private boolean seenAck;
    private Scheduler.Timer timer;

    /** @param peerMru the longest information field the peer takes now (LCP's MRU option) */
    public Fsm(ControlProtocol protocol, FsmLayer layer, PacketSender sender, Scheduler scheduler,
               FsmConfig config, TransitionListener onTransition, IntSupplier peerMru) {
        this.protocol = protocol;
        this.layer = layer;
        this.sender = sender;
        this.scheduler = scheduler;
        this.config = config;
        this.onTransition = onTransition;
        this.peerMru = peerMru;
    }

    @Override
    public ControlProtocol protocol() {
        return protocol;
    }

    public FsmState state() {
        return state;
    }

    // ---- administrative and lower-layer events --------------------------------------------

    public void up() {
        switch (state) {
            case INITIAL -> to(CLOSED);
            case STARTING -> {
                initializeRestartCount();
                sendConfigureRequest(false);
                to(REQ_SENT);
            }
            default -> { /* illegal event: ignored */ }
        }
    }

    public void down() {
        switch (state) {
            case CLOSED, CLOSING -> to(INITIAL);
            case STOPPED -> {
                layer.started();
                to(STARTING);
            }
            case STOPPING, REQ_SENT, ACK_RCVD, ACK_SENT -> to(STARTING);
            case OPENED -> {
                layer.down();
                to(STARTING);
            }
            default -> { /* illegal */ }
        }
    }

    public void open() {
        switch (state) {
            case INITIAL -> {
                layer.started();
                to(STARTING);
            }
            case CLOSED -> {
                initializeRestartCount();
                sendConfigureRequest(false);
                to(REQ_SENT);
            }
            case CLOSING -> to(STOPPING);
            default -> { /* already opening or open */ }
        }
    }

    public void close(String reason) {
        terminateReason = reason;
        switch (state) {
            case STARTING -> {
                layer.finished();
                to(INITIAL);
            }
            case STOPPED -> to(CLOSED);
            case STOPPING -> to(CLOSING);
            case REQ_SENT, ACK_RCVD, ACK_SENT -> {
                initializeTerminateCount();
                sendTerminateRequest();
                to(CLOSING);
            }
            case OPENED -> {
                layer.down();
                initializeTerminateCount();
                sendTerminateRequest();
                to(CLOSING);
            }
            default -> { /* INITIAL, CLOSED, CLOSING: nothing to do */ }
        }
    }

    // ---- timer ------------------------------------------------------------------------

    private void timeout() {
        timer = null;
        if (restartCounter > 0) {
            switch (state) {
                case CLOSING, STOPPING -> {
                    sendTerminateRequest();
                    startTimer();
                }
                case REQ_SENT, ACK_RCVD -> {
                    sendConfigureRequest(true);
                    to(REQ_SENT);
                }
                case ACK_SENT -> sendConfigureRequest(true);
                default -> { }
            }
        } else {
            switch (state) {
                case CLOSING -> finish(CLOSED);
                case STOPPING, REQ_SENT, ACK_RCVD, ACK_SENT -> finish(STOPPED);
                default -> { }
            }
        }
    }

    // ---- packets ------------------------------------------------------------------------

    @Override
    public void receive(ControlPacket packet) {
        if (state == INITIAL || state == STARTING) {
            return;
        }
        switch (packet.code()) {
            case ControlPacket.CONF_REQ -> receiveConfigureRequest(packet);
            case ControlPacket.CONF_ACK -> receiveConfigureAck(packet);
            case ControlPacket.CONF_NAK, ControlPacket.CONF_REJ -> receiveConfigureNakOrReject(packet);
            case ControlPacket.TERM_REQ -> receiveTerminateRequest(packet);
            case ControlPacket.TERM_ACK -> receiveTerminateAck(packet);
            case ControlPacket.CODE_REJ -> receiveCodeReject(packet);
            default -> {
                if (!layer.extraCode(packet, state)) {
                    sendCodeReject(packet);
                }
            }
        }
    }

    private void receiveConfigureRequest(ControlPacket packet) {
        switch (state) {
            case CLOSED -> {
                sendTerminateAck(packet.id());
                return;
            }
            case CLOSING, STOPPING -> {
                return;
            }
            default -> { }
        }
        if (state == OPENED) {
            layer.down();
            layer.resetOptions();
            sendConfigureRequest(false);
        } else if (state == STOPPED) {
            initializeRestartCount();
            layer.resetOptions();
            sendConfigureRequest(false);
        }
        ConfigureVerdict verdict = layer.examine(packet.data(), failureCounter >= config.maxFailure());
        send(verdict.code(), packet.id(), verdict.options());
        if (verdict.isAck()) {
            failureCounter = 0;
            switch (state) {
                case ACK_RCVD -> {
                    cancelTimer();
                    to(OPENED);
                    layer.up();
                }
                default -> to(ACK_SENT);
            }
        } else {
            if (verdict.code() == ControlPacket.CONF_NAK) {
                failureCounter++;
            }
            switch (state) {
                case ACK_RCVD -> { /* stays */ }
                default -> to(REQ_SENT);
            }
        }
    }

    /**
     * In ACK_RCVD and OPENED our latest request has been answered already, so RFC 1661's actions
     * for an Ack or Nak there (send a new request, or go down and renegotiate) never run: lwIP
     * drops the second answer, and a peer that wants to renegotiate sends a Configure-Request.
     */
    private void receiveConfigureAck(ControlPacket packet) {
        if (answeredWhileDown(packet) || !answersLatestRequest(packet) || !layer.acked(packet.data())) {
            return; // an Ack of something we did not ask (now) is silently discarded
        }
        seenAck = true;
        switch (state) {
            case REQ_SENT -> {
                initializeRestartCount();
                to(ACK_RCVD);
            }
            case ACK_SENT -> {
                cancelTimer();
                to(OPENED);
                layer.up();
            }
            default -> { }
        }
    }

    private void receiveConfigureNakOrReject(ControlPacket packet) {
        if (answeredWhileDown(packet) || !answersLatestRequest(packet)
                || !layer.naked(packet.data(), packet.code() == ControlPacket.CONF_REJ)) {
            return;
        }
        seenAck = true;
        if (state == REQ_SENT || state == ACK_SENT) {
            initializeRestartCount();
            sendConfigureRequest(false);
        }
    }

    /** Whether an Ack, Nak or Reject answers our latest request for the first time. */
    private boolean answersLatestRequest(ControlPacket packet) {
        return packet.id() == requestId && !seenAck;
    }

    /**
     * An answer to a Configure-Request reaching a closed or stopped automaton gets a
     * Terminate-Ack (the peer thinks a negotiation is on); while closing or stopping it is ignored.
     * @return true when the packet was dealt with here
     */
    private boolean answeredWhileDown(ControlPacket packet) {
        switch (state) {
            case CLOSED, STOPPED -> {
                sendTerminateAck(packet.id());
                return true;
            }
            case CLOSING, STOPPING -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void receiveTerminateRequest(ControlPacket packet) {
        switch (state) {
            case CLOSED, STOPPED, CLOSING, STOPPING -> sendTerminateAck(packet.id());
            case REQ_SENT, ACK_RCVD, ACK_SENT -> {
                sendTerminateAck(packet.id());
                to(REQ_SENT);
            }
            case OPENED -> {
                layer.down();
                restartCounter = 0;
                sendTerminateAck(packet.id());
                // zero restart count: wait one restart period for the peer to go, then finish
                startTimer();
                to(STOPPING);
            }
            default -> { }
        }
    }

    private void receiveTerminateAck(ControlPacket packet) {
        switch (state) {
            case CLOSING -> finish(CLOSED);
            case STOPPING -> finish(STOPPED);
            case ACK_RCVD -> to(REQ_SENT);
            case OPENED -> {
                layer.down();
                sendConfigureRequest(false);
                to(REQ_SENT);
            }
            default -> { }
        }
    }

    private void receiveCodeReject(ControlPacket packet) {
        int rejectedCode = packet.data().length > 0 ? packet.data()[0] & 0xff : 0;
        if (rejectedCode >= ControlPacket.CONF_REQ && rejectedCode <= ControlPacket.CODE_REJ) {
            rejectedCatastrophically();
        } else if (state == ACK_RCVD) {
            to(REQ_SENT);
        }
    }

    /** A Protocol-Reject is RXJ- (RFC 1661 section 5.7): the peer cannot run this protocol at all. */
    @Override
    public void protocolRejected() {
        rejectedCatastrophically();
    }

    /** RXJ-: the peer cannot do something this protocol needs. */
    private void rejectedCatastrophically() {
        switch (state) {
            case CLOSED, STOPPED -> {
                layer.finished();
            }
            case CLOSING -> finish(CLOSED);
            case STOPPING, REQ_SENT, ACK_RCVD, ACK_SENT -> finish(STOPPED);
            case OPENED -> {
                layer.down();
                initializeTerminateCount();
                sendTerminateRequest();
                to(STOPPING);
            }
            default -> { }
        }
    }

    // ---- actions ------------------------------------------------------------------------

    /** irc before Configure-Requests. */
    private void initializeRestartCount() {
        restartCounter = config.maxConfigure();
        failureCounter = 0;
    }

    /** irc before Terminate-Requests. */
    private void initializeTerminateCount() {
        restartCounter = config.maxTerminate();
    }

    private void sendConfigureRequest(boolean retransmission) {
        if (!retransmission || requestId < 0) {
            requestId = nextId();
        }
        seenAck = false;
        send(ControlPacket.CONF_REQ, requestId, layer.requestOptions());
        restartCounter--;
        startTimer();
    }

    private void sendTerminateRequest() {
        byte[] data = terminateReason == null ? new byte[0] : terminateReason.getBytes(StandardCharsets.ISO_8859_1);
        send(ControlPacket.TERM_REQ, nextId(), data);
        restartCounter--;
        startTimer();
    }

    private void sendTerminateAck(int id) {
        send(ControlPacket.TERM_ACK, id, new byte[0]);
    }

    private void sendCodeReject(ControlPacket packet) {
        // RFC 1661 section 5.6: the rejected packet is truncated to fit the peer's MRU
        byte[] rejected = packet.encode();
        int room = Math.max(0, peerMru.getAsInt() - 4);
        send(ControlPacket.CODE_REJ, nextId(), rejected.length <= room ? rejected : Arrays.copyOf(rejected, room));
    }

    /**
     * Sends a packet of this protocol that the automaton itself knows nothing of (LCP's
     * Protocol-Reject), numbered in the protocol's one sequence of identifiers, as lwIP does.
     */
    void sendWithNextId(int code, byte[] data) {
        send(code, nextId(), data);
    }

    private void finish(FsmState next) {
        cancelTimer();
        to(next);
        layer.finished();
    }

    private int nextId() {
        int id = nextId;
        nextId = (nextId + 1) & 0xff;
        return id;
    }

    private void send(int code, int id, byte[] data) {
        sender.send(protocol.number(), new ControlPacket(code, id, data).encode());
    }

    private void startTimer() {
        cancelTimer();
        timer = scheduler.schedule(config.restartMillis(), this::timeout);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void to(FsmState next) {
        FsmState previous = state;
        state = next;
        if (next == OPENED || next == CLOSED || next == STOPPED || next == STARTING || next == INITIAL) {
            cancelTimer();
        }
        if (previous != next) {
            onTransition.transition(protocol, previous, next);
        }
    }
}
