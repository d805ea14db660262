package com.alismart.server.http;

/**
 * Input that a service refuses: becomes 400 with {@code {"error": {code, message}}}. The message goes to the client,
 * so it describes the rule that was broken and never quotes the input.
 */
public class BadInput extends RuntimeException {
    private final String code;

    public BadInput(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
