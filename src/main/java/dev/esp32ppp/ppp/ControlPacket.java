package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A packet of a control protocol (RFC 1661 section 5; PAP's too): code, identifier and data. */
public record ControlPacket(int code, int id, byte[] data) {
    public static final int CONF_REQ = 1;
    public static final int CONF_ACK = 2;
    public static final int CONF_NAK = 3;
    public static final int CONF_REJ = 4;
    public static final int TERM_REQ = 5;
    public static final int TERM_ACK = 6;
    public static final int CODE_REJ = 7;
    public static final int PROT_REJ = 8;
    public static final int ECHO_REQ = 9;
    public static final int ECHO_REP = 10;
    public static final int DISC_REQ = 11;

    /** One configuration option: its type and the octets after type and length. */
    public record Option(int type, byte[] value) {
    }

    /** @return the packet, or null when the header is short or the length field is out of range */
    public static ControlPacket parse(byte[] information) {
        if (information.length < 4) {
            return null;
        }
        int length = (information[2] & 0xff) << 8 | information[3] & 0xff;
        if (length < 4 || length > information.length) {
            return null;
        }
        return new ControlPacket(information[0] & 0xff, information[1] & 0xff,
                Arrays.copyOfRange(information, 4, length));
    }

    /** The packet's octets: code, identifier, length, data. */
    public byte[] encode() {
        byte[] out = new byte[4 + data.length];
        out[0] = (byte) code;
        out[1] = (byte) id;
        out[2] = (byte) (out.length >>> 8);
        out[3] = (byte) out.length;
        System.arraycopy(data, 0, out, 4, data.length);
        return out;
    }

    /** Options back to octets, in order: how requests, Naks and Rejects are written. */
    public static byte[] encodeOptions(List<Option> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Option option : options) {
            out.write(option.type());
            out.write(option.value().length + 2);
            out.writeBytes(option.value());
        }
        return out.toByteArray();
    }

    /** @return the options of a Configure packet, or null when they do not parse as type-length-value */
    public List<Option> options() {
        return parseOptions(data);
    }

    /** @return the options in {@code data}, or null when they do not parse as type-length-value */
    public static List<Option> parseOptions(byte[] data) {
        List<Option> options = new ArrayList<>();
        int i = 0;
        while (i < data.length) {
            if (i + 2 > data.length) {
                return null;
            }
            int len = data[i + 1] & 0xff;
            if (len < 2 || i + len > data.length) {
                return null;
            }
            options.add(new Option(data[i] & 0xff, Arrays.copyOfRange(data, i + 2, i + len)));
            i += len;
        }
        return options;
    }
}
