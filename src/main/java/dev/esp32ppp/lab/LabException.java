package dev.esp32ppp.lab;

/** Something the user can fix stopped the lab; the message says what and how. */
public class LabException extends RuntimeException {
    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
