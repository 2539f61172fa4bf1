package dev.esp32ppp.ppp;

import java.util.function.Consumer;

/**
 * Streaming decoder of RFC 1662 asynchronous HDLC-like framing. Bytes go in as they arrive, in
 * pieces of any size; every complete frame comes out once. Frames cut short by an abort
 * sequence (escape then flag) are dropped; frames longer than the limit are dropped whole and
 * the decoder resynchronises on the next flag, so memory stays bounded whatever comes in.
 */
public final class HdlcDecoder {
    public static final int FLAG = 0x7e;
    public static final int ESCAPE = 0x7d;

    private final int maxFrame;
    private final Consumer<HdlcFrame> sink;
    private final byte[] buffer;
    private int length;
    private boolean escaped;
    private boolean overflow;
    private boolean synced;
    /** Control characters the peer escapes; bare ones were added by the line and are dropped. */
    private int receiveAccm;
    private long badFcs;
    private long aborted;
    private long tooLong;

    /** @param maxFrame the longest frame kept, in octets after unescaping, FCS included */
    public HdlcDecoder(int maxFrame, Consumer<HdlcFrame> sink) {
        this.maxFrame = maxFrame;
        this.sink = sink;
        this.buffer = new byte[maxFrame];
    }

    public void accept(byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            accept(data[i] & 0xff);
        }
    }

    public void accept(int octet) {
        if (octet == FLAG) {
            endFrame();
            synced = true;
            return;
        }
        if (!synced) {
            return;
        }
        if (octet == ESCAPE) {
            escaped = true;
            return;
        }
        if (!escaped && octet < 0x20 && (receiveAccm >>> octet & 1) != 0) {
            return;
        }
        int value = escaped ? octet ^ 0x20 : octet;
        escaped = false;
        if (length == maxFrame) {
            overflow = true;
            return;
        }
        buffer[length++] = (byte) value;
    }

    private void endFrame() {
        try {
            if (escaped) {
                aborted++;
            } else if (overflow) {
                tooLong++;
            } else if (length > 2) {
                boolean ok = Fcs16.update(Fcs16.INITIAL, buffer, 0, length) == Fcs16.GOOD;
                if (!ok) {
                    badFcs++;
                }
                byte[] content = new byte[length - 2];
                System.arraycopy(buffer, 0, content, 0, content.length);
                sink.accept(new HdlcFrame(content, ok));
            } else if (length > 0) {
                badFcs++;
            }
        } finally {
            length = 0;
            escaped = false;
            overflow = false;
        }
    }

    /** The async-control-character map we asked the peer to honour (RFC 1662 section 7.1). */
    public void receiveAccm(int accm) {
        this.receiveAccm = accm;
    }

    /** Octets of the frame being received, held until its closing flag: never more than the limit. */
    public int bufferedOctets() {
        return length;
    }

    public long badFcsCount() {
        return badFcs;
    }

    public long abortedCount() {
        return aborted;
    }

    public long tooLongCount() {
        return tooLong;
    }
}
