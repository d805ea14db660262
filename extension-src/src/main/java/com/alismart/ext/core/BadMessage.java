package com.alismart.ext.core;

/** A message or stored record that fails validation; its text is safe to show and to send back. */
public final class BadMessage extends Exception {
    private final String code;

    public BadMessage(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short machine-readable reason, such as "bad_field". */
    public String code() {
        return code;
    }
}
