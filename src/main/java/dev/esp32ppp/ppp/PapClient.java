package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The peer-side of PAP (RFC 1334): send our name and password until the authenticator answers. */
public final class PapClient implements ControlHandler {
    public static final int AUTH_REQ = 1;
    public static final int AUTH_ACK = 2;
    public static final int AUTH_NAK = 3;

    public interface Listener {
        void papDone(boolean accepted);
    }

    private final PacketSender sender;
    private final Scheduler scheduler;
    private final FsmConfig config;
    private final String user;
    private final String password;
    private final Listener listener;
    private int id;
    private int tries;
    private Scheduler.Timer timer;
    private boolean done;

    public PapClient(PacketSender sender, Scheduler scheduler, FsmConfig config, String user, String password,
                     Listener listener) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.config = config;
        this.user = user;
        this.password = password;
        this.listener = listener;
    }

    public void start() {
        done = false;
        tries = 0;
        id = (id + 1) & 0xff;
        sendRequest();
    }

    private void sendRequest() {
        if (tries++ >= config.maxConfigure()) {
            finish(false);
            return;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] name = user.getBytes(StandardCharsets.ISO_8859_1);
        byte[] secret = password.getBytes(StandardCharsets.ISO_8859_1);
        data.write(name.length);
        data.writeBytes(name);
        data.write(secret.length);
        data.writeBytes(secret);
        sender.send(ControlProtocol.PAP.number(), new ControlPacket(AUTH_REQ, id, data.toByteArray()).encode());
        timer = scheduler.schedule(config.restartMillis(), this::sendRequest);
    }

    @Override
    public ControlProtocol protocol() {
        return ControlProtocol.PAP;
    }

    @Override
    public void receive(ControlPacket packet) {
        if (done || packet.id() != id) {
            return;
        }
        if (packet.code() == AUTH_ACK || packet.code() == AUTH_NAK) {
            finish(packet.code() == AUTH_ACK);
        }
    }

    /** Not acted on: the requests go on until their tries run out, and then authentication fails. */
    @Override
    public void protocolRejected() {
    }

    public void stop() {
        done = true;
        if (timer != null) {
            timer.cancel();
        }
    }

    private void finish(boolean accepted) {
        stop();
        listener.papDone(accepted);
    }
}
